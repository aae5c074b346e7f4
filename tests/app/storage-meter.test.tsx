import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { STORAGE_BUDGET_CHARS, StorageMeter } from '../../src/app/StorageMeter';

describe('StorageMeter', () => {
  it.each([
    [0.1, false],
    [0.79, false],
    [0.8, true],
    [0.97, true],
  ])('at %f of the budget warns: %s', (share, warns) => {
    render(<StorageMeter usedChars={Math.round(share * STORAGE_BUDGET_CHARS)} />);
    expect(screen.getByRole('meter')).toHaveAttribute(
      'value',
      String(Math.round(share * STORAGE_BUDGET_CHARS) / STORAGE_BUDGET_CHARS),
    );
    if (warns) expect(screen.getByRole('alert')).toHaveTextContent(/Storage is \d+% full/);
    else expect(screen.queryByRole('alert')).toBeNull();
  });
});
