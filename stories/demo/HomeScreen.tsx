import { Link } from 'react-router';
import { useLastHMSError } from '../../src';

/** Where "Go home" lands: it tells the person why they are here, once. */
export function HomeScreen() {
  const { error, dismiss } = useLastHMSError();
  return (
    <main className="demo-home">
      <h1>Home</h1>
      {error ? (
        <section className="demo-reason" aria-labelledby="demo-reason-title">
          <h2 id="demo-reason-title">Why you left the call: {error.title}</h2>
          <p>{error.message}</p>
          <p>{error.hint}</p>
          {error.code !== null ? <p className="demo-muted">Error {error.code}</p> : null}
          <button type="button" onClick={dismiss}>
            Got it
          </button>
        </section>
      ) : (
        <p>You're not in a call.</p>
      )}
      <p>
        <Link to="/call">Join the call again</Link>
      </p>
    </main>
  );
}
