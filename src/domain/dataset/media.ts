import type { Media } from './dataset-schema';

const IMAGE = /\.(?:png|jpe?g|gif|webp|avif|svg)(?:[?#]|$)/i;
const VIDEO =
  /(?:youtube\.com|youtu\.be|vimeo\.com|dailymotion\.com)|\.(?:mp4|webm|ogv|mov)(?:[?#]|$)/i;
const AUDIO = /(?:soundcloud\.com|spotify\.com)|\.(?:mp3|ogg|oga|wav|m4a|flac)(?:[?#]|$)/i;

/** What an address shows: an image, a video, a sound, or else a page (Wikipedia, a map, …). */
export function mediaKindOf(url: string): NonNullable<Media['kind']> {
  if (/^data:image\//i.test(url) || IMAGE.test(url)) return 'image';
  if (VIDEO.test(url)) return 'video';
  if (AUDIO.test(url)) return 'audio';
  return 'page';
}
