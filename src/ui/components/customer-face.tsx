import { memo } from 'react';
import type { Appearance, Mood } from '../../engine/scenario-schema';

const SKIN = ['#f6d7bd', '#eec39a', '#d9a47a', '#b97c55', '#8a5a3b'];
const HAIR = { young: '#2b2420', middle: '#3a302a', senior: '#9a9a9a' } as const;

interface Props {
  appearance: Appearance | undefined;
  mood: Mood;
  /** Accessible description, e.g. "周先生, agitated". */
  label: string;
}

/**
 * The customer, drawn from persona data: age, hair, skin and glasses shape the face; anger and
 * trust move the brows, the mouth and the flush. Only transforms and opacity change, eased by CSS
 * transitions (`.face-moving`): the compositor runs them, so a reply costs no script per frame.
 */
export const CustomerFace = memo(function CustomerFace({ appearance, mood, label }: Props) {
  const age = appearance?.age ?? 'middle';
  const hair = appearance?.hair ?? 'short';
  const skin = SKIN[appearance?.skin ?? 1] ?? SKIN[1]!;
  const hairColour = HAIR[age];
  const browTilt = Math.max(-8, Math.min(22, ((mood.anger - 40) / 60) * 22));
  const valence = Math.max(-1, Math.min(1, ((mood.trust - mood.anger) / 100) * 1.6));
  const flush = Math.max(0, (mood.anger - 50) / 50) * 0.55;
  const browDrop = browTilt > 8 ? 3 : 0;

  return (
    <svg className="customer-face" viewBox="0 0 200 200" role="img" aria-label={label}>
      <circle cx="100" cy="100" r="98" fill="#e8eef5" />
      <path d="M32 200 C40 160 70 148 100 148 C130 148 160 160 168 200 Z" fill="#4a6a8a" />
      <rect x="88" y="135" width="24" height="20" rx="8" fill={skin} />
      {hair === 'long' && (
        <path d="M44 95 C44 40 156 40 156 95 L160 165 L40 165 Z" fill={hairColour} />
      )}
      <ellipse cx="47" cy="100" rx="8" ry="12" fill={skin} />
      <ellipse cx="153" cy="100" rx="8" ry="12" fill={skin} />
      <ellipse cx="100" cy="95" rx="52" ry="60" fill={skin} />
      {hair === 'short' && (
        <path
          d="M48 88 C46 40 80 28 102 30 C130 30 156 46 152 90 C146 66 128 54 100 54 C74 54 56 64 48 88 Z"
          fill={hairColour}
        />
      )}
      {hair === 'long' && (
        <path
          d="M48 92 C46 42 80 30 100 30 C122 30 154 42 152 92 C140 60 118 52 100 52 C80 52 60 62 48 92 Z"
          fill={hairColour}
        />
      )}
      {hair === 'bun' && (
        <>
          <circle cx="100" cy="30" r="16" fill={hairColour} />
          <path
            d="M48 90 C46 44 78 34 100 34 C124 34 154 44 152 90 C144 62 124 52 100 52 C76 52 58 62 48 90 Z"
            fill={hairColour}
          />
        </>
      )}
      {hair === 'bald' && (
        <>
          <path d="M46 98 C46 80 50 72 54 68 L56 96 Z" fill={hairColour} />
          <path d="M154 98 C154 80 150 72 146 68 L144 96 Z" fill={hairColour} />
        </>
      )}
      {age === 'senior' && (
        <g stroke="#c08f70" strokeWidth="1.5" fill="none" opacity="0.6">
          <path d="M78 62 Q100 58 122 62" />
          <path d="M82 70 Q100 66 118 70" />
        </g>
      )}
      <g className="face-moving" style={{ opacity: flush }}>
        <ellipse cx="72" cy="118" rx="11" ry="7" fill="#e0605a" />
        <ellipse cx="128" cy="118" rx="11" ry="7" fill="#e0605a" />
      </g>
      <ellipse cx="80" cy="100" rx="6" ry="7" fill="#fff" />
      <ellipse cx="120" cy="100" rx="6" ry="7" fill="#fff" />
      <circle cx="80" cy="101" r="3.6" fill="#2b2420" />
      <circle cx="120" cy="101" r="3.6" fill="#2b2420" />
      <rect
        x="68"
        y="82"
        width="24"
        height="4"
        rx="2"
        fill={hairColour}
        className="face-moving"
        style={{ transform: `translateY(${browDrop}px) rotate(${browTilt}deg)` }}
      />
      <rect
        x="108"
        y="82"
        width="24"
        height="4"
        rx="2"
        fill={hairColour}
        className="face-moving"
        style={{ transform: `translateY(${browDrop}px) rotate(${-browTilt}deg)` }}
      />
      {appearance?.glasses && (
        <g stroke="#333" strokeWidth="2.5" fill="none">
          <circle cx="80" cy="101" r="13" />
          <circle cx="120" cy="101" r="13" />
          <path d="M93 101 L107 101" />
        </g>
      )}
      <path d="M97 108 Q100 120 104 118" stroke="#b27a5c" strokeWidth="2" fill="none" />
      <path
        d="M82 132 Q100 146 118 132"
        stroke="#7a3b32"
        strokeWidth="4"
        strokeLinecap="round"
        fill="none"
        className="face-moving"
        style={{ transform: `scaleY(${Math.abs(valence) < 0.12 ? 0.12 : valence})` }}
      />
    </svg>
  );
});
