/**
 * The game runs under a CSP without 'unsafe-eval': zod is told not to try compiling its checks
 * with `new Function` (its probe alone is a CSP violation the browser reports), and checks as
 * plain code instead.
 */
import { z } from 'zod';

z.config({ jitless: true });
