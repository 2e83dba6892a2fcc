import { useHMSErrors, useLastHMSError } from 'react-hms-errors';

/** A small host app that reads the kit's state, shared by the SSR and hydration tests. */
export function Room() {
  const { terminal, toasts } = useHMSErrors();
  const { error } = useLastHMSError();
  return (
    <main>
      <h1>Host app</h1>
      <p>{`${toasts.length} toasts, ${terminal ? 'ended' : 'in call'}, ${error ? 'last error' : 'no last error'}`}</p>
    </main>
  );
}
