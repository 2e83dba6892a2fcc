import type { HMSErrorCategory, HMSLocale, HMSPlatform } from '../../src';
import { catalogRows } from './catalogRows';
import '../stories.css';

export interface CatalogGalleryProps {
  /** Which SDK's numbering to show: 2002, 3012, 3013 and 6002 mean different things on each. */
  platform: HMSPlatform;
  /** Show one category only. */
  category?: HMSErrorCategory | 'all';
  /** The language of the copy (the toolbar's "Language" menu). @defaultValue English */
  locale?: HMSLocale;
}

/** Every entry of the copy catalog as a person would read it, with the routing the kit applies. */
export function CatalogGallery({ platform, category = 'all', locale }: CatalogGalleryProps) {
  const rows = catalogRows(platform, locale).filter((row) => category === 'all' || row.copy.category === category);
  const platformName = platform === 'web' ? 'Web' : 'Flutter';
  return (
    <main className="sb-page" lang={locale?.tag} dir={locale?.dir}>
      <h1>{platformName} error catalog</h1>
      <p>
        The copy ({locale?.tag ?? 'en'}) for every key of <code>CATALOG_KEYS</code> on the {platformName} SDK:{' '}
        {rows.length} entries. "Shown in" is where an error goes when the SDK does not say whether it is
        terminal; any error the SDK marks terminal opens the dialog.
      </p>
      <div className="sb-table-scroll" tabIndex={0} role="region" aria-label={`${platformName} catalog table`}>
        <table className="sb-table">
          <caption>{platformName} copy catalog</caption>
          <thead>
            <tr>
              <th scope="col">Key</th>
              <th scope="col">Title</th>
              <th scope="col">Message</th>
              <th scope="col">Hint</th>
              <th scope="col">Category</th>
              <th scope="col">Severity</th>
              <th scope="col">Retry helps</th>
              <th scope="col">Shown in</th>
              <th scope="col">Developer note</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ key, copy, goesToDialog, dialogWhenTerminal }) => (
              <tr key={key} data-key={key} data-category={copy.category} data-severity={copy.severity}>
                <th scope="row">
                  <code>{key}</code>
                </th>
                <td>{copy.title}</td>
                <td>{copy.message}</td>
                <td>{copy.hint}</td>
                <td>{copy.category}</td>
                <td>
                  <span className="sb-badge" data-severity={copy.severity}>
                    {copy.severity}
                  </span>
                </td>
                <td>{copy.retryable ? 'Yes' : 'No'}</td>
                <td>{goesToDialog ? 'Dialog' : dialogWhenTerminal ? 'Toast (dialog if terminal)' : 'Toast'}</td>
                <td className="sb-note">{copy.developerNote}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </main>
  );
}
