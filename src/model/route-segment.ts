/**
 * Record ids may contain "." (the schema allows letters, digits, ".", "_" and "-"), but many static hosts answer a
 * path whose last segment has a dot as a file request — a plain 404 instead of the app — so reloading
 * `/initiatives/usmx.ai` would fail. In links a dot is written "~", which no id can contain (and which URLs leave
 * as it is); a segment is read back either way, so links written with dots keep working wherever they load.
 */
export function toRouteSegment(id: string): string {
  return id.replace(/\./g, '~');
}

/** A route segment → the record id it names: "usmx~ai" and "usmx.ai" are both "usmx.ai". */
export function parseRouteSegment(segment: string): string {
  return segment.replace(/~/g, '.');
}

/** An app path with every segment written as `toRouteSegment` does: "/initiatives/usmx.ai" → "/initiatives/usmx~ai". */
export function toRoutePath(pathname: string): string {
  return pathname.split('/').map(toRouteSegment).join('/');
}
