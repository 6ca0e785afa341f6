import * as z from 'zod/mini';
import type { Bilingual } from './i18n';
import './zodLocale';

/** A `Bilingual` text in a declaration zod checks when it loads (layouts, scales). */
export const BilingualSchema: z.ZodMiniType<Bilingual> = z.object({ id: z.string(), en: z.string() });
