import { useEffect, useState } from 'react';
import { todayIso, type IsoDate } from '../domain/dates';

/** Today's calendar date, re-read when the page becomes visible again (it may be a new day). */
export function useToday(): IsoDate {
  const [today, setToday] = useState(() => todayIso(new Date()));
  useEffect(() => {
    const refresh = () => setToday(todayIso(new Date()));
    document.addEventListener('visibilitychange', refresh);
    window.addEventListener('focus', refresh);
    return () => {
      document.removeEventListener('visibilitychange', refresh);
      window.removeEventListener('focus', refresh);
    };
  }, []);
  return today;
}
