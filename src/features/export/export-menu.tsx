import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '@/lib/i18n/use-t';
import { clipboardImageBlocker, copyPng, downloadBlob } from './download';
import type { PanelExport } from './panel-export';
import { useStatus } from './use-status';

interface Item {
  key: string;
  label: string;
  /** Why the item cannot be used here; it stays in the menu, disabled, saying so. */
  blocked?: string;
  /** Starts at once (the clipboard needs the click's user activation) and says what it did. */
  run: () => Promise<string>;
}

const PIXEL_RATIOS = [1, 2, 3] as const;

/** The panel's export actions behind one menu button (WAI-ARIA menu button pattern). */
export function ExportMenu({ exporter }: { exporter: PanelExport }) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useStatus();
  const [busy, setBusy] = useState(false);
  const focusTarget = useRef<'first' | 'last'>('first');
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const id = useId();

  const save = (blob: Blob, extension: string) => {
    const name = exporter.fileName(extension);
    downloadBlob(blob, name);
    return t('export.saved', { file: name });
  };
  const { image, csv } = exporter;
  const items: Item[] = [];
  if (image) {
    for (const ratio of PIXEL_RATIOS) {
      items.push({
        key: `png-${ratio}`,
        label: t('export.png', { ratio }),
        run: async () => save(await image.png(ratio), 'png'),
      });
    }
    items.push({
      key: 'svg',
      label: t('export.svg'),
      run: async () => save(new Blob([(await image.svg()).svg], { type: 'image/svg+xml' }), 'svg'),
    });
  }
  if (csv) {
    items.push({
      key: 'csv',
      label: t('export.csv'),
      run: async () => save(new Blob([csv()], { type: 'text/csv;charset=utf-8' }), 'csv'),
    });
  }
  if (image) {
    const blocker = clipboardImageBlocker();
    items.push({
      key: 'copy',
      label: t('export.copy'),
      blocked: blocker
        ? t(blocker === 'insecure' ? 'export.copyInsecure' : 'export.copyUnsupported')
        : undefined,
      run: async () => {
        await copyPng(image.png(2));
        return t('export.copied');
      },
    });
  }

  const menuItems = () => [
    ...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []),
  ];
  useEffect(() => {
    if (!open) return;
    const list = menuItems();
    (focusTarget.current === 'first' ? list[0] : list[list.length - 1])?.focus();
    const outside = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  if (items.length === 0) return null;

  const openAt = (target: 'first' | 'last') => {
    focusTarget.current = target;
    setOpen(true);
  };
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const activate = (item: Item) => {
    if (item.blocked) return;
    close();
    setBusy(true);
    setStatus(t('export.working'));
    item
      .run()
      .then(setStatus, (error: unknown) =>
        setStatus(
          t('export.failed', { message: error instanceof Error ? error.message : String(error) }),
        ),
      )
      .finally(() => setBusy(false));
  };
  const onButtonKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openAt(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  };
  const onMenuKey = (event: KeyboardEvent) => {
    const list = menuItems();
    const current = list.indexOf(document.activeElement as HTMLElement);
    const move = (index: number) => list[(index + list.length) % list.length]?.focus();
    if (event.key === 'ArrowDown') move(current + 1);
    else if (event.key === 'ArrowUp') move(current - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(list.length - 1);
    else if (event.key === 'Escape') close();
    else if (event.key === 'Tab') setOpen(false);
    else return;
    if (event.key !== 'Tab') event.preventDefault();
  };

  return (
    <div className="export-menu" ref={wrapper}>
      <button
        ref={button}
        type="button"
        id={`${id}-button`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        aria-label={t('export.menuLabel', { panel: exporter.title })}
        aria-busy={busy}
        onClick={() => (open ? setOpen(false) : openAt('first'))}
        onKeyDown={onButtonKey}
      >
        <span aria-hidden="true">⤓ </span>
        {t('export.menu')}
      </button>
      {open && (
        <ul
          ref={menu}
          role="menu"
          id={`${id}-menu`}
          aria-labelledby={`${id}-button`}
          className="export-menu__list"
          onKeyDown={onMenuKey}
        >
          {items.map((item) => (
            <li key={item.key} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                aria-disabled={item.blocked ? true : undefined}
                data-export={item.key}
                onClick={() => activate(item)}
              >
                {item.label}
                {item.blocked && <span className="export-menu__reason"> — {item.blocked}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
      <span role="status" className="export-menu__status">
        {status}
      </span>
    </div>
  );
}
