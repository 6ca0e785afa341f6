/**
 * zod/mini loads no messages of its own ("Invalid input" for every check); RB Matrix shows zod's
 * messages for a planner's own `Skala` sheet, so the English ones are loaded, and only those.
 * Imported for this effect by the modules that declare schemas.
 */
import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

config(en());
