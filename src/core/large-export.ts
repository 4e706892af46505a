/**
 * When an upload is "large": what would surprise someone who answers the upload question by
 * reflex. Not the file count (a few hundred small files are a normal session: the gist takes
 * them in a few seconds), but the size, the number of requests and the time they take. A large
 * upload still asks, with "no" as the default answer; the README lists these figures.
 */
const LARGE_UPLOAD = {
  /** More than this many bytes to upload (manifest, files, archive parts). */
  bytes: 25 * 1024 * 1024,
  /** More than this many requests to GitHub (the create, then one PATCH per batch). */
  requests: 5,
} as const;

/** The uplink the time estimate assumes (a modest home connection), bytes per second. */
const ASSUMED_UPLINK = 1024 * 1024;
/** What each request costs beyond its bytes (gh's start-up, GitHub's processing), seconds. */
const SECONDS_PER_REQUEST = 2;

interface UploadEstimate {
  bytes: number;
  requests: number;
  /** Rough seconds at ASSUMED_UPLINK. */
  seconds: number;
  large: boolean;
}

export function estimateUpload(bytes: number, requests: number): UploadEstimate {
  const seconds = Math.ceil(bytes / ASSUMED_UPLINK + requests * SECONDS_PER_REQUEST);
  return { bytes, requests, seconds, large: bytes > LARGE_UPLOAD.bytes || requests > LARGE_UPLOAD.requests };
}

/** "about 45 s", "about 3 min". */
export const roughDuration = (seconds: number): string =>
  seconds < 90 ? `about ${seconds} s` : `about ${Math.round(seconds / 60)} min`;
