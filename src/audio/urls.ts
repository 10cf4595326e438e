import ambient from '../../assets/audio/ambient.wav?url';
import click from '../../assets/audio/click.wav?url';
import error from '../../assets/audio/error.wav?url';
import success from '../../assets/audio/success.wav?url';
import unlock from '../../assets/audio/unlock.wav?url';
import type { SoundUrls } from './sound';

/** URLs of the synthesised sounds (see scripts/make-sounds.ts), resolved by Vite. */
export const SOUND_URLS: SoundUrls = { click, success, error, unlock, ambient };
