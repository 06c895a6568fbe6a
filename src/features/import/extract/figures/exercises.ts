/**
 * Exercises: "diễn tập" (or "luyện tập") and the words after it give the type — khu vực phòng
 * thủ / KVPT, phòng chống thiên tai / PCTT / tìm kiếm cứu nạn, chiến đấu (phòng thủ, trong khu
 * vực phòng thủ), CH-CQ / chỉ huy - cơ quan trên bản đồ, chuyển trạng thái SSCĐ, căn cứ hậu
 * phương. The places named just before it in its clause ("các huyện A, B, quận C diễn tập
 * KVPT", "chỉ đạo 5 xã D, E … chuẩn bị diễn tập chiến đấu") or just after it ("tại xã F") each
 * get one exercise; without a place, the level words after it ("tỉnh, huyện, thành phố") or
 * before it ("Ban CHQS quận, huyện") give one exercise per level, for the reporting unit.
 * "chuẩn bị" before it means in preparation; a sentence about the period ahead, planned;
 * otherwise done.
 */
import type { ExerciseType } from '@/domain/schema/fact';
import type { UnitLevel } from '@/domain/schema/unit';
import { exerciseTypeLabels, levelLabels } from '@/lib/i18n/labels';
import type { Paragraph } from '../clean';
import { clauseAround, matchAll, within } from '../context';
import { NUM, parseNumber } from '../numbers';
import type { DraftFact } from '../types';
import { LEVEL_WORD } from '../units';
import { capitalise, levelsFor, makeFact, type FigureContext, type Place } from './shared';

const LEVELS = String.raw`${LEVEL_WORD}|co so`;
const levelList = String.raw`(?:(?: *(?:,|va) *| +)(?:cap +)?(?:${LEVELS})(?![\p{L}]))*`;

const types: [ExerciseType, RegExp][] = [
  [
    'readiness-transition',
    /^ *(?:chuyen (?:trang thai|cap|cap do) +)(?:ssc[dđ]|san sang chien dau)/u,
  ],
  [
    'command-staff-map',
    /^ *(?:ch *- *cq|chi huy *-? *co quan)[^;]{0,40}?(?:tren ban do|$)|^ *(?:ch *- *cq|chi huy *- *co quan)/u,
  ],
  [
    'disaster-response',
    /^ *(?:(?:cong tac )?(?:phong,? *chong|pc) *(?:thien tai|lut bao|bao lu|lu bao)(?:(?:,| va| -) *(?:tim kiem cuu nan|tkcn))?|pctt *(?:- *tkcn)?|tim kiem,? *cuu nan|tkcn|ung pho (?:thien tai|su co|bao lu)|cuu ho,? cuu nan)/u,
  ],
  [
    'defence-combat',
    /^ *chien dau(?: +(?:phong thu|tri an))?(?:(?: *,? *(?:cap +)?(?:xa|phuong|thi tran))*(?: +trong +(?:khu vuc phong thu|kvpt))?)?/u,
  ],
  [
    'rear-base',
    /^ *(?:(?:trong|tai) +)?(?:can cu hau phuong|can cu hau can[^;]{0,20}hau phuong|hau phuong)/u,
  ],
  ['defence-zone', /^ *(?:khu vuc phong thu|kvpt)/u],
];

const drillRe = /(?<![\p{L}])(?:dien tap|luyen tap)(?![\p{L}])/gu;
const countBefore = new RegExp(
  String.raw`(?<![\p{L}\d.,])(${NUM}) *cuoc *(?:(?:dien|luyen) tap)?? *$`,
  'u',
);
const placeGap = new RegExp(String.raw`^ *(?:tai|o)? *(?:(?:${LEVELS}) *)?$`, 'u');
const levelWordRe = new RegExp(String.raw`(?<![\p{L}])(?:cap +)?(${LEVELS})(?![\p{L}])`, 'gu');

export function findExercises(ctx: FigureContext, p: Paragraph): DraftFact[] {
  const out: DraftFact[] = [];
  let segmentFrom = 0;
  let clauseOfSegment = -1;
  const places = ctx.placesIn(p);
  for (const m of matchAll(p, drillRe)) {
    const clause = clauseAround(p, m.index, m.index + m[0].length);
    if (clause.start !== clauseOfSegment) {
      clauseOfSegment = clause.start;
      segmentFrom = clause.start;
    }
    const afterWord = m.index + m[0].length;
    const rest = p.folded.slice(afterWord, Math.min(clause.end, afterWord + 90));
    const typed = types.find(([, re]) => re.test(rest));
    if (!typed) continue;
    const [type, re] = typed;
    const phrase = re.exec(rest);
    let end = afterWord + (phrase?.[0].length ?? 0);
    if (m[0] === 'luyen tap' && type !== 'readiness-transition') continue;
    // Level words right after the type: "khu vực phòng thủ tỉnh, huyện, thành phố".
    const levelTail = new RegExp(`^${levelList}`, 'u').exec(p.folded.slice(end, clause.end));
    const levelWords = levelTail?.[0] ?? '';
    end += levelWords.length;

    const segment = p.folded.slice(segmentFrom, m.index);
    const before: Place[] = within(places, segmentFrom, m.index);
    const after: Place[] = within(places, end, Math.min(clause.end, end + 80)).filter(
      (x) => x.start <= end + 25 && placeGap.test(p.folded.slice(end, x.start)),
    );
    // Places where the exercise is held: not the bodies that direct it ("Bộ CHQS tỉnh X chỉ
    // đạo…"), not military regions, and not the reporting unit itself among others.
    const actors = new Set(
      within(ctx.bodiesIn(p), segmentFrom, Math.min(clause.end, end + 80)).map((b) => b.mention),
    );
    const candidates = [...before, ...after].filter((x) => {
      const level = ctx.matcher.index.byId.get(x.unitId)?.level;
      return (
        !actors.has(x) && (level === 'province' || level === 'district' || level === 'commune')
      );
    });
    const at =
      candidates.length > 1 ? candidates.filter((x) => x.unitId !== ctx.unitId) : candidates;

    const status = /chuan bi/.test(segment)
      ? 'preparing'
      : /(?:^|[^\p{L}])(?:se|du kien|ke hoach|phan dau)(?![\p{L}])/u.test(segment) ||
          ctx.time.roleAt(p, m.index) === 'planned'
        ? 'planned'
        : 'done';
    const period = ctx.time.periodAt(p, m.index);
    const counted = countBefore.exec(p.folded.slice(Math.max(segmentFrom, m.index - 20), m.index));
    const count = counted ? parseNumber(counted[1] ?? '') : NaN;
    const written = p.text.slice(m.index, end).trim();
    const description = (level: UnitLevel | null) => ({
      vi: capitalise(written),
      en: `${exerciseTypeLabels[type].en}${level ? ` (${levelLabels[level].en.toLowerCase()} level)` : ''}`,
    });

    const base = {
      category: 'exercises',
      measure: 'exercises',
      exerciseType: type,
      status,
      period,
    } as const;
    if (at.length) {
      for (const place of at) {
        const level = ctx.matcher.index.byId.get(place.unitId)?.level ?? null;
        out.push(
          // The place and the exercise when they stand close, else the place alone.
          makeFact(
            ctx,
            p,
            place.start,
            place.end < m.index && m.index - place.end > 40 ? place.end : Math.max(place.end, end),
            {
              ...base,
              unitId: place.unitId,
              value: null,
              qualifier: 'exact',
              level,
              description: description(level),
            },
          ),
        );
      }
    } else {
      let levels = [...levelWords.matchAll(levelWordRe)].flatMap((w) => levelsFor(ctx, w[1] ?? ''));
      if (!levels.length) {
        // "Chỉ đạo Ban CHQS quận, huyện … diễn tập": the level of the bodies told to hold it,
        // when they are below the reporting unit (its own body leaves the level unstated).
        const body = within(ctx.bodiesIn(p), segmentFrom, m.index)
          .filter((b) => !b.mention)
          .at(-1);
        if (body) {
          const listed = new RegExp(`^${levelList}`, 'u').exec(p.folded.slice(body.end, m.index));
          const own =
            /(?:^|[^\p{L}])(thanh pho|tp|tinh|quan|huyen|thi xa|xa|phuong|thi tran)\.? *$/u.exec(
              p.folded.slice(body.start, body.end),
            );
          const words = [
            own?.[1] ?? '',
            ...[...(listed?.[0] ?? '').matchAll(levelWordRe)].map((w) => w[1] ?? ''),
          ];
          levels = words
            .filter(Boolean)
            .flatMap((w) => levelsFor(ctx, w))
            .filter((l) => l !== ctx.unitLevel);
        }
      }
      const distinct: (UnitLevel | null)[] = levels.length ? [...new Set(levels)] : [null];
      for (const level of distinct) {
        out.push(
          makeFact(ctx, p, counted ? m.index - counted[0].length : m.index, end, {
            ...base,
            value: distinct.length === 1 && Number.isFinite(count) ? count : null,
            qualifier: 'exact',
            level,
            description: description(level),
          }),
        );
      }
    }
    segmentFrom = end;
  }
  return out;
}

/** The same exercise stated twice (a list and a sentence that names it again). */
export function sameExercise(a: DraftFact, b: DraftFact & { category: 'exercises' }): boolean {
  return (
    a.category === 'exercises' &&
    a.exerciseType === b.exerciseType &&
    a.unitId === b.unitId &&
    a.level === b.level &&
    a.period?.start === b.period?.start
  );
}
