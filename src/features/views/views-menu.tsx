import { useId, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { foldDiacritics } from '@/domain/text';
import { FilePicker } from '@/components/ui/file-picker';
import { useT } from '@/lib/i18n/use-t';
import { panelIds, panelTitleKeys, type PanelId } from './panel-ids';
import { parseViewFile, viewFileText, viewSearch, type SavedView } from './saved-view';
import { useViewStorageError, useViewStore } from './view-store';

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const fileNameOf = (name: string) =>
  `${
    foldDiacritics(name)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'view'
  }.qpdp-view.json`;

/** Which panels show and in what order they are presented. */
function PanelChooser() {
  const { t } = useT();
  const panels = useViewStore((s) => s.panels);
  const setPanels = useViewStore((s) => s.setPanels);
  const move = (id: PanelId, by: number) => {
    const i = panels.indexOf(id);
    const next = [...panels];
    next.splice(i, 1);
    next.splice(Math.max(0, Math.min(next.length, i + by)), 0, id);
    setPanels(next);
  };
  const hidden = panelIds.filter((id) => !panels.includes(id));
  return (
    <fieldset className="panel-chooser">
      <legend>{t('views.panels')}</legend>
      <ol>
        {panels.map((id, i) => (
          <li key={id}>
            <label>
              <input
                type="checkbox"
                checked
                disabled={panels.length === 1}
                onChange={() => setPanels(panels.filter((p) => p !== id))}
              />{' '}
              {t(panelTitleKeys[id])}
            </label>{' '}
            <button
              type="button"
              disabled={i === 0}
              onClick={() => move(id, -1)}
              aria-label={t('views.up', { panel: t(panelTitleKeys[id]) })}
            >
              ↑
            </button>
            <button
              type="button"
              disabled={i === panels.length - 1}
              onClick={() => move(id, 1)}
              aria-label={t('views.down', { panel: t(panelTitleKeys[id]) })}
            >
              ↓
            </button>
          </li>
        ))}
        {hidden.map((id) => (
          <li key={id}>
            <label>
              <input type="checkbox" checked={false} onChange={() => setPanels([...panels, id])} />{' '}
              {t(panelTitleKeys[id])}
            </label>
          </li>
        ))}
      </ol>
    </fieldset>
  );
}

/**
 * Saved views: the current filters and panels under a name, kept in this browser; opened,
 * shared as a link or a small JSON file, imported back. Also starts the presentation.
 */
export function ViewsMenu() {
  const { t } = useT();
  const location = useLocation();
  const navigate = useNavigate();
  const saved = useViewStore((s) => s.saved);
  const panels = useViewStore((s) => s.panels);
  const { saveView, deleteView, importViews, setPanels } = useViewStore.getState();
  const storageError = useViewStorageError((s) => s.error);
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const dialogId = useId();

  const current = (): SavedView => ({
    name: name.trim(),
    search: location.search.replace(/[?&]slides=[^&]*/, '').replace(/^&/, '?'),
    panels,
    savedAt: new Date().toISOString(),
  });

  const present = (wall: boolean) => {
    const search = viewSearch({ search: location.search, panels });
    void document.documentElement.requestFullscreen?.().catch(() => undefined);
    navigate(`/present${search}${wall ? '&wall=20' : ''}`);
  };

  const openView = (view: SavedView) => {
    setPanels(view.panels);
    navigate({ pathname: '/', search: view.search });
    setMessage({ text: t('views.opened', { name: view.name }) });
  };

  const importFile = async (file: File) => {
    const result = parseViewFile(await file.text());
    if (!result.ok) {
      setMessage({
        text: t(`views.error.${result.kind}`, { file: file.name, detail: result.detail }),
        error: true,
      });
      return;
    }
    const { added, skipped } = importViews(result.views);
    setMessage({ text: t('views.imported', { added, skipped }) });
  };

  return (
    <div className="views-menu">
      <button type="button" onClick={() => present(false)}>
        {t('views.present')}
      </button>{' '}
      <button type="button" onClick={() => present(true)}>
        {t('views.wall')}
      </button>{' '}
      <button
        type="button"
        aria-expanded={open}
        aria-controls={dialogId}
        onClick={() => setOpen((o) => !o)}
      >
        {t('views.title', { count: saved.length })}
      </button>
      {open && (
        <div
          id={dialogId}
          className="views-menu__body panel"
          role="group"
          aria-label={t('views.titlePlain')}
        >
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (!name.trim()) return;
              saveView(current());
              setMessage({ text: t('views.saved', { name: name.trim() }) });
              setName('');
            }}
          >
            <label>
              {t('views.name')}{' '}
              <input
                value={name}
                maxLength={80}
                onChange={(e) => setName(e.target.value)}
                required
              />
            </label>{' '}
            <button type="submit">{t('views.save')}</button>
          </form>
          <PanelChooser />
          {saved.length > 0 && (
            <ul className="views-menu__list">
              {saved.map((view) => (
                <li key={view.name}>
                  <button type="button" className="link-button" onClick={() => openView(view)}>
                    {view.name}
                  </button>{' '}
                  <button
                    type="button"
                    onClick={() => {
                      const link = `${window.location.origin}${import.meta.env.BASE_URL}${viewSearch(view)}`;
                      void navigator.clipboard?.writeText(link).then(
                        () => setMessage({ text: t('views.linkCopied') }),
                        () => setMessage({ text: link }),
                      );
                    }}
                  >
                    {t('views.copyLink')}
                  </button>{' '}
                  <button
                    type="button"
                    onClick={() => download(fileNameOf(view.name), viewFileText([view]))}
                  >
                    {t('views.download')}
                  </button>{' '}
                  <button type="button" onClick={() => deleteView(view.name)}>
                    {t('views.delete')}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <p>
            {saved.length > 1 && (
              <button
                type="button"
                onClick={() => download('qpdp-views.json', viewFileText(saved))}
              >
                {t('views.downloadAll')}
              </button>
            )}{' '}
            <FilePicker
              label={t('views.import')}
              accept=".json,application/json"
              onFile={(file) => void importFile(file)}
            />
          </p>
        </div>
      )}
      {message && (
        <p
          className={message.error ? 'notice notice--error' : 'muted small'}
          role={message.error ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
      {storageError && (
        <p className="notice notice--error" role="alert">
          {t('views.storageError', { detail: storageError })}
        </p>
      )}
    </div>
  );
}
