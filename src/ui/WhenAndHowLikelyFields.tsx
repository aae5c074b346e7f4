/** The three inputs every forecast form shares: an optional window start, the deadline, the probability. */
export interface WhenAndHowLikely {
  earliest: string;
  latest: string;
  percent: string;
}

interface Props {
  /** Prefix for the inputs' ids (from useId), unique on the page. */
  id: string;
  values: WhenAndHowLikely;
  onChange: (key: keyof WhenAndHowLikely, value: string) => void;
  /** Wraps each label and input, e.g. "field" for a grid of fields. */
  className?: string;
  /** The id of a hint about the probability, read out with it. */
  probabilityHintId?: string;
}

export function WhenAndHowLikelyFields({
  id,
  values,
  onChange,
  className,
  probabilityHintId,
}: Props) {
  return (
    <>
      <div className={className}>
        <label htmlFor={`${id}-earliest`}>Window starts (optional)</label>
        <input
          id={`${id}-earliest`}
          type="date"
          value={values.earliest}
          onChange={(e) => onChange('earliest', e.target.value)}
        />
      </div>
      <div className={className}>
        <label htmlFor={`${id}-latest`}>Deadline</label>
        <input
          id={`${id}-latest`}
          type="date"
          value={values.latest}
          onChange={(e) => onChange('latest', e.target.value)}
        />
      </div>
      <div className={className}>
        <label htmlFor={`${id}-p`}>Probability (%)</label>
        <input
          id={`${id}-p`}
          type="number"
          min={0}
          max={100}
          step={0.5}
          value={values.percent}
          onChange={(e) => onChange('percent', e.target.value)}
          aria-describedby={probabilityHintId}
        />
      </div>
    </>
  );
}
