import { useState } from 'react';
import type { ImportPlan } from '../../domain/import-plan';
import type { AppData } from '../../domain/model';
import { planParsedImport } from '../../formats/import';
import type { StoreContextValue } from '../../state/store-context';
import { forgetSharedAddress } from './own-address';
import { describeError } from '../../shared/errors';

export type ImportStep =
  | { kind: 'idle' }
  | { kind: 'opening' }
  | { kind: 'preview'; own: StoreContextValue; plan: ImportPlan }
  | { kind: 'failed'; message: string };

/**
 * Import into my Hindsight: the user's own store is opened only when they ask, the shared data
 * is planned against it exactly as an imported file would be (the same Import preview), and
 * nothing is written until Confirm import.
 */
export function useImportIntoOwn(
  bootStore: () => Promise<StoreContextValue>,
  shared: AppData,
  onImported: (own: StoreContextValue, plan: ImportPlan) => void,
) {
  const [step, setStep] = useState<ImportStep>({ kind: 'idle' });
  const replan = (current: AppData) =>
    planParsedImport(current, { kind: 'hindsight-json', data: shared });

  async function start() {
    if (step.kind === 'opening' || step.kind === 'preview') return;
    setStep({ kind: 'opening' });
    let own: StoreContextValue;
    try {
      own = await bootStore();
    } catch (error) {
      setStep({
        kind: 'failed',
        message: `Your Hindsight could not be opened: ${describeError(error)}`,
      });
      return;
    }
    const snapshot = own.sync.getSnapshot();
    if (snapshot.readOnly) {
      own.sync.dispose();
      const why = snapshot.problem?.message ?? 'its data cannot be changed right now.';
      setStep({
        kind: 'failed',
        message: `Your Hindsight cannot take an import now: ${why} Open your Hindsight to sort that out first; nothing has changed.`,
      });
      return;
    }
    setStep({ kind: 'preview', own, plan: replan(snapshot.data) });
  }

  function confirm(own: StoreContextValue, planned: ImportPlan) {
    // Planned again against the data as it is now, in case another tab changed it meanwhile.
    let plan = planned;
    own.sync.update((current) => {
      plan = replan(current);
      return plan.result;
    });
    forgetSharedAddress();
    onImported(own, plan);
  }

  function cancel(own: StoreContextValue) {
    own.sync.dispose();
    setStep({ kind: 'idle' });
  }

  return { step, start, confirm, cancel };
}
