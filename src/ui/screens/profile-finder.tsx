import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { findProfiles, searchable } from '../../app/profiles/profiles';
import type { ProfileRecord } from '../../engine/records/profile';

/** Each row's height in pixels: a 52 px button (above the 44 px tap target) and its gap. */
const ROW = 60;

/**
 * Everyone on this machine, found by name or 工号 as it is typed. Only the rows in view are
 * drawn, so 2,000 profiles are a short page; the list is one tab stop, moved through with the
 * arrow keys, Home and End, and ↓ from the search field enters it.
 */
export function ProfileFinder({
  profiles,
  onChoose,
}: {
  profiles: readonly ProfileRecord[];
  onChoose: (profile: ProfileRecord) => void;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [focusActive, setFocusActive] = useState(false);
  const scroller = useRef<HTMLDivElement>(null);
  const index = useMemo(() => searchable(profiles), [profiles]);
  const found = useMemo(() => findProfiles(index, query), [index, query]);
  // The virtualizer re-renders this component itself when the list scrolls; nothing is memoized on it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: found.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW,
    overscan: 6,
  });

  // Focus follows the active row once it has been drawn (scrolling to it may draw it later).
  useEffect(() => {
    if (!focusActive) return;
    let frame = 0;
    const tryFocus = (left: number) => {
      const row = scroller.current?.querySelector<HTMLButtonElement>(`[data-row="${active}"]`);
      if (row) {
        row.focus();
        setFocusActive(false);
      } else if (left > 0) frame = requestAnimationFrame(() => tryFocus(left - 1));
    };
    tryFocus(5);
    return () => cancelAnimationFrame(frame);
  }, [focusActive, active]);

  const moveTo = (row: number) => {
    const next = Math.max(0, Math.min(found.length - 1, row));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
    setFocusActive(true);
  };
  const perPage = Math.max(1, Math.floor((scroller.current?.clientHeight ?? ROW * 5) / ROW));
  const onListKey = (event: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      PageDown: active + perPage,
      PageUp: active - perPage,
      Home: 0,
      End: found.length - 1,
    };
    if (!(event.key in moves)) return;
    event.preventDefault();
    moveTo(moves[event.key]!);
  };
  const current = Math.min(active, Math.max(0, found.length - 1));

  return (
    <div className="profile-finder">
      <label className="field profile-search">
        <span>{t('profile.search')}</span>
        <input
          type="search"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
            virtualizer.scrollToOffset(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown' && found.length > 0) {
              e.preventDefault();
              moveTo(0);
            }
          }}
          aria-describedby="profile-search-hint"
          autoComplete="off"
          enterKeyHint="search"
        />
      </label>
      <p id="profile-search-hint" className="muted small">
        {t('profile.searchHint')}
      </p>
      <p className="muted small profile-found" role="status">
        {query.trim() === ''
          ? ''
          : found.length === 0
            ? t('profile.noMatch', { query: query.trim() })
            : t('profile.found', { count: found.length })}
      </p>
      <div className="profile-scroller" ref={scroller} onKeyDown={onListKey}>
        <ul
          className="profile-list"
          aria-label={t('profile.listLabel')}
          style={{ height: virtualizer.getTotalSize() }}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const p = found[item.index]!;
            return (
              <li
                key={p.id}
                aria-setsize={found.length}
                aria-posinset={item.index + 1}
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <button
                  type="button"
                  className="profile-button"
                  data-row={item.index}
                  tabIndex={item.index === current ? 0 : -1}
                  onFocus={() => setActive(item.index)}
                  onClick={() => onChoose(p)}
                >
                  <span className="profile-name">{p.name}</span>
                  <span className="profile-id">
                    {t('profile.employeeId')} {p.employeeId}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
