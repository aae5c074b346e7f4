interface Props {
  premise: string;
  annulled: boolean;
  disabled: boolean;
  onPremiseFailed: () => void;
}

/**
 * A conditional forecast stands on its premise. When the premise did not happen the forecast
 * cannot be right or wrong: it is annulled, and left out of every score.
 */
export function PremiseField({ premise, annulled, disabled, onPremiseFailed }: Props) {
  return (
    <div className="premise">
      <p>
        <strong>Premise: </strong>
        {premise}
      </p>
      {annulled ? (
        <p className="hint">
          Annulled: the premise did not happen, so this forecast is not scored.
        </p>
      ) : (
        <button type="button" className="secondary" onClick={onPremiseFailed} disabled={disabled}>
          Premise did not happen
        </button>
      )}
    </div>
  );
}
