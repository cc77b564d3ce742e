// HTTP endpoints for evidence files, beside /graphql and with its bearer-token (or session
// cookie) sign-in: POST /files/evidence uploads one file as the raw body, GET /files/evidence/:id
// downloads one. Errors are JSON with the GraphQL error's code, field, rule and params.
import { randomUUID } from 'node:crypto';
import express, { type NextFunction, type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import { createContext, type AppServices, type GraphQLContext } from '../../context';
import { badInput, ErrorCode } from '../../errors';
import { viewerForRequest } from '../auth/providers/sessions';
import { contentDisposition, EVIDENCE_FILE_MAX_BYTES, sanitiseFileName } from './lib/evidenceFileRules';
import { acceptEvidenceFile } from './providers/evidenceFileContent';
import {
  addEvidenceFile,
  authoriseEvidenceTarget,
  openEvidenceFile,
  type AuthorisedTarget,
  type EvidenceTarget,
} from './providers/evidenceFileStore';

/** The header that carries the file's name, percent-encoded (headers are not UTF-8). */
export const FILE_NAME_HEADER = 'x-file-name';

const STATUS: Record<string, number> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.PERIOD_LOCKED]: 409,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.BAD_USER_INPUT]: 400,
};

interface PendingUpload {
  ctx: GraphQLContext;
  target: AuthorisedTarget;
  name: string;
}

export function evidenceFileRoutes(services: AppServices): express.Router {
  const router = express.Router();

  async function contextOf(req: Request, res: Response): Promise<GraphQLContext> {
    const viewer = await viewerForRequest(services.prisma, req.headers);
    res.locals.userId = viewer.kind === 'user' ? viewer.userId : undefined;
    return createContext(services, {
      viewer,
      requestId: String(req.id ?? randomUUID()),
      ip: req.ip ?? null,
      userAgent: req.headers['user-agent'] ?? null,
    });
  }

  router.post(
    '/',
    // Authorised before the body is read: an outsider's upload is refused unread.
    async (req, res, next) => {
      try {
        // A custom header also keeps cross-site forms out (they cannot set one without CORS).
        const rawName = req.get(FILE_NAME_HEADER);
        if (rawName === undefined) throw badInput('name', 'required');
        const ctx = await contextOf(req, res);
        const target = await authoriseEvidenceTarget(ctx, targetOf(req.query));
        const pending: PendingUpload = { ctx, target, name: sanitiseFileName(decodedName(rawName)) };
        res.locals.evidenceUpload = pending;
        next();
      } catch (error) {
        next(error);
      }
    },
    express.raw({ type: () => true, limit: EVIDENCE_FILE_MAX_BYTES }),
    async (req, res, next) => {
      try {
        const { ctx, target, name } = res.locals.evidenceUpload as PendingUpload;
        const body: unknown = req.body;
        const bytes = Buffer.isBuffer(body) ? body : Buffer.alloc(0);
        const settings = await ctx.prisma.tenantSettings.findUnique({
          where: { tenantId: target.tenantId },
          select: { keepPhotoMetadata: true },
        });
        const accepted = await acceptEvidenceFile(bytes, name, {
          keepMetadata: settings?.keepPhotoMetadata ?? false,
        });
        const stored = await addEvidenceFile(ctx, target, { ...accepted, name });
        res.status(201).json(stored);
      } catch (error) {
        next(error);
      }
    },
  );

  router.get('/:id', async (req, res, next) => {
    try {
      const ctx = await contextOf(req, res);
      const file = await openEvidenceFile(ctx, req.params.id);
      res.set({
        'Content-Type': file.mediaType,
        'Content-Length': String(file.content.length),
        'Content-Disposition': contentDisposition(file.mediaType, file.name),
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'private, no-store',
      });
      res.end(Buffer.from(file.content));
    } catch (error) {
      next(error);
    }
  });

  router.use((error: unknown, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    // A refused upload's unread body is drained, so the client gets its answer, not a reset.
    if (!req.complete) req.resume();
    res.set('Cache-Control', 'no-store');
    if (error instanceof GraphQLError) {
      const { code, field, rule, params } = error.extensions as Record<string, unknown>;
      const status = code === ErrorCode.BAD_USER_INPUT && rule === 'tooLarge' ? 413 : STATUS[String(code)];
      if (status) {
        res.status(status).json({ code, field, rule, params, message: error.message });
        return;
      }
    }
    const parserError = error as { status?: number; type?: string };
    if (parserError.type === 'entity.too.large') {
      res.status(413).json({
        code: ErrorCode.BAD_USER_INPUT,
        field: 'file',
        rule: 'tooLarge',
        params: { max: EVIDENCE_FILE_MAX_BYTES },
        message: 'Invalid file: tooLarge',
      });
      return;
    }
    if (parserError.status && parserError.status < 500) {
      res.status(400).json({ code: 'BAD_REQUEST', message: 'Bad request' });
      return;
    }
    services.logger.error({ err: error }, 'evidence file request failed');
    res.status(500).json({ code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' });
  });

  return router;
}

/** `?measurementId=…`, or `?subActivityId=…&month=…` for a budget month. */
function targetOf(query: Request['query']): EvidenceTarget {
  const text = (key: string) => (typeof query[key] === 'string' ? query[key] : undefined);
  const measurementId = text('measurementId');
  if (measurementId) return { kind: 'measurement', measurementId };
  const subActivityId = text('subActivityId');
  if (!subActivityId) throw badInput('measurementId', 'required');
  const month = Number(text('month'));
  if (!Number.isInteger(month) || month < 1 || month > 12)
    throw badInput('month', 'range', { min: 1, max: 12 });
  return { kind: 'budgetMonth', subActivityId, month };
}

function decodedName(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    throw badInput('name', 'encoding');
  }
}
