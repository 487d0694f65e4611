/** Straight-line distances for `near` searches. */
import type { Coordinates } from '@gov-appointment/sdk/schemas';

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance by the haversine formula. */
export function distanceKm(from: Coordinates, to: Coordinates): number {
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const deltaLat = radians(to.lat - from.lat);
  const deltaLng = radians(to.lng - from.lng);
  const a =
    Math.sin(deltaLat / 2) ** 2 +
    Math.cos(radians(from.lat)) * Math.cos(radians(to.lat)) * Math.sin(deltaLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** `26.2235,50.5876` to coordinates, or null when out of range. */
export function parseNear(near: string): Coordinates | null {
  const [lat, lng] = near.split(',').map(Number);
  if (lat === undefined || lng === undefined) return null;
  if (Math.abs(lat) > 90 || Math.abs(lng) > 180) return null;
  return { lat, lng };
}
