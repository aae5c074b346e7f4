import { ownAddress } from './own-address';

const DETAILS_SHOWN = 10;

/** A shared link that cannot be shown: why, in words, and the way to the user's own data. */
export function SharedLinkError({ reason, details }: { reason: string; details: string[] }) {
  return (
    <main className="shared-error">
      <h1>Hindsight</h1>
      <div role="alert">
        <p>
          <strong>This shared link could not be opened.</strong> {reason}
        </p>
        {details.length > 0 && (
          <details>
            <summary>What is wrong with it</summary>
            <ul>
              {details.slice(0, DETAILS_SHOWN).map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          </details>
        )}
        <p>Nothing was read from or saved to this browser: your own Hindsight is as you left it.</p>
      </div>
      <p>
        <a href={ownAddress()}>Open my Hindsight</a>
      </p>
    </main>
  );
}
