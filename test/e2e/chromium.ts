import chromiumArgs from '../../scripts/chromium-args.json';

/** Debian's Chromium unless CHROMIUM_PATH says otherwise; browser tests never download one. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The flags the environment probe verified on a 2-core container without a GPU (SYNC.md §5.4);
 * one list, shared with the bench and screenshot scripts.
 */
export const CHROMIUM_ARGS: string[] = chromiumArgs;
