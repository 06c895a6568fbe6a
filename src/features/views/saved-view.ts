import { z } from '@/lib/zod';
import { panelIds, type PanelId } from './panel-ids';

export const savedViewSchema = z.object({
  name: z.string().trim().min(1).max(80),
  /** The filters as the URL writes them ("?unit=hai-phong&period=2024-Q1"), checked when opened. */
  search: z
    .string()
    .max(2000)
    .refine((s) => s === '' || s.startsWith('?'), 'must be empty or start with "?"'),
  /** The panels shown (and presented as slides), in order. */
  panels: z
    .array(z.enum(panelIds))
    .min(1)
    .refine((ids) => new Set(ids).size === ids.length, 'a panel is listed twice'),
  savedAt: z.iso.datetime(),
});
export type SavedView = z.infer<typeof savedViewSchema>;

export const VIEW_FILE_FORMAT = 'qpdp-dashboard-views';
const viewFileSchema = z.object({
  format: z.literal(VIEW_FILE_FORMAT),
  version: z.literal(1),
  views: z.array(savedViewSchema).min(1),
});

export function viewFileText(views: readonly SavedView[]): string {
  return `${JSON.stringify({ format: VIEW_FILE_FORMAT, version: 1, views }, null, 2)}\n`;
}

export type ViewFileResult =
  { ok: true; views: SavedView[] } | { ok: false; kind: 'json' | 'format'; detail: string };

/** Reads a views file: a clear error for broken JSON or a wrong shape, naming the field. */
export function parseViewFile(text: string): ViewFileResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      kind: 'json',
      detail: error instanceof Error ? error.message : String(error),
    };
  }
  const parsed = viewFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      kind: 'format',
      detail: `${issue?.path.join('.') || '(file)'}: ${issue?.message ?? 'invalid'}`,
    };
  }
  return { ok: true, views: parsed.data.views };
}

const sameContent = (a: SavedView, b: SavedView) =>
  a.search === b.search && a.panels.join() === b.panels.join();

/**
 * Adds imported views to the saved ones: an identical view is skipped, a different view with a
 * taken name is kept under a numbered name, so nothing saved is overwritten.
 */
export function mergeViews(saved: readonly SavedView[], incoming: readonly SavedView[]) {
  const views = [...saved];
  let added = 0;
  let skipped = 0;
  for (const view of incoming) {
    if (views.some((v) => v.name === view.name && sameContent(v, view))) {
      skipped++;
      continue;
    }
    let name = view.name;
    for (let n = 2; views.some((v) => v.name === name); n++) name = `${view.name} (${n})`;
    views.push({ ...view, name });
    added++;
  }
  return { views, added, skipped };
}

/** A link that opens the view: its filters, and its panels as the slide list. */
export function viewSearch(view: Pick<SavedView, 'search' | 'panels'>): string {
  const params = new URLSearchParams(view.search);
  params.set('slides', view.panels.join(','));
  return `?${params.toString().replace(/%2C/g, ',')}`;
}

export function parseSlides(value: string | null): PanelId[] | null {
  if (!value) return null;
  const ids = value
    .split(',')
    .filter((id): id is PanelId => (panelIds as readonly string[]).includes(id));
  return ids.length > 0 ? [...new Set(ids)] : null;
}
