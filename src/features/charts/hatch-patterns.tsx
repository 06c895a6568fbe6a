import { exerciseColors, hatchId } from '@/lib/chart-theme';

/**
 * Diagonal-hatch fills, one per exercise colour, for "planned" bars: readable without colour,
 * in print and by colour-blind readers. Declared once; every chart's SVG refers to them.
 */
export function HatchPatterns() {
  return (
    <svg width="0" height="0" aria-hidden="true" style={{ position: 'absolute' }}>
      <defs>
        {Object.values(exerciseColors).map((color) => (
          <pattern
            key={color}
            id={hatchId(color)}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" fill="white" />
            <rect width="3" height="6" fill={color} />
          </pattern>
        ))}
      </defs>
    </svg>
  );
}
