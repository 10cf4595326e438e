/**
 * The game runs under a CSP without 'unsafe-eval': zod is told not to try compiling its checks
 * with `new Function` (its probe alone is a CSP violation the browser reports), and checks as
 * plain code instead.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });
