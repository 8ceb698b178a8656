import { APP_BASE } from '../components/app-href';

/**
 * Last line of defence when the shell itself fails: no context is trusted here, so the message is written in
 * both languages.
 */
export function RootErrorPage({ error }: { error: unknown }) {
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <main className="page root-error" role="alert">
      <h1>Something went wrong · Algo salió mal</h1>
      <p>The dashboard could not start. Reload the page to try again.</p>
      <p lang="es">El tablero no pudo iniciar. Recargue la página para intentarlo de nuevo.</p>
      <p className="error-panel__detail">{detail}</p>
      <a className="button button--primary" href={APP_BASE}>
        Reload · Recargar
      </a>
    </main>
  );
}
