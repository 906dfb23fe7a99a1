/** A map node's words, cut to its fixed box; the whole text shows on hover. */
export function MapLabel({ text }: { text: string }) {
  return (
    <span className="map-label" title={text}>
      {text}
    </span>
  );
}
