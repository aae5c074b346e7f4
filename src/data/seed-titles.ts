// The catalogue's short titles for the shipped forecasts, by id: a few words each (at most
// SHORT_TITLE_MAX characters, which a test holds them to) that label the forecast on the
// timeline. Kept apart from the catalogue's entries so each stays readable; seed-forecasts.ts
// joins them.
export const SEED_TITLES: Readonly<Record<string, string>> = {
  'fc-inozemtsev-coup-only-way-out': 'Only a coup ends Putin and the war',
  'fc-inozemtsev-coup-unpredictable': 'A coup’s timing is unforeseeable',
  'fc-inozemtsev-coup-insiders': 'Aides or guards would lead a coup',
  'fc-inozemtsev-no-mass-uprising': 'No popular uprising ousts Putin',
  'fc-inozemtsev-society-inert': 'Russian society stays passive',
  'fc-inozemtsev-no-desire-to-stop-war': 'No public will to stop the war',
  'fc-inozemtsev-war-funded-two-years': 'Russia funds war to Dec 2024',
  'fc-inozemtsev-budget-2024': 'Budget holds for the war, 2023–24',
  'fc-inozemtsev-war-until-summer-2023': 'War still on by summer 2023',
  'fc-inozemtsev-ukraine-army-determined': 'Ukraine’s army resolved to fight on',
  'fc-inozemtsev-meat-grinder-long': 'A long war of attrition',
  'fc-inozemtsev-russian-losses': 'Russia suffers heavy losses',
  'fc-inozemtsev-mobilise-million': 'Russia can mobilise a million',
  'fc-gallyamov-power-vacuum': 'Power vacuum forming in Kremlin',
  'fc-gallyamov-last-chance': 'The war is Putin’s last chance',
  'fc-gallyamov-exile-plan': 'Putin’s circle plans an escape',
  'fc-solovey-no-exile': 'No safe haven if Putin flees',
  'fc-solovey-establishment-nervous': 'Russia’s elite is very nervous',
};
