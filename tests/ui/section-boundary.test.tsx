import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SectionBoundary } from '../../src/ui/SectionBoundary';

let broken = true;
function Chart() {
  if (broken) throw new Error('bad scale');
  return <p>chart drawn</p>;
}

describe('SectionBoundary', () => {
  it('contains a failing section, keeps its siblings, and can try again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <>
        <SectionBoundary name="Calibration">
          <Chart />
        </SectionBoundary>
        <p>the rest of the page</p>
      </>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('could not be shown (bad scale)');
    expect(screen.getByRole('region', { name: 'Calibration' })).toBeInTheDocument();
    expect(screen.getByText('the rest of the page')).toBeInTheDocument();
    broken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('chart drawn')).toBeInTheDocument();
  });
});
