import { randomUUID } from 'node:crypto';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '../config/app-config';

/**
 * Structured pino logs. Every request gets an id (taken from `X-Request-Id` when a caller sends
 * one) that is echoed back and copied into job payloads; credentials and personal data are redacted.
 */
export const loggingModule = (config: AppConfig) =>
  LoggerModule.forRoot({
    pinoHttp: {
      level: config.LOG_LEVEL,
      genReqId: (req, res) => {
        const incoming = req.headers['x-request-id'];
        const id = typeof incoming === 'string' && /^[\w.:-]{1,128}$/.test(incoming) ? incoming : randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      redact: {
        paths: [
          'req.headers.authorization',
          'req.headers["x-api-key"]',
          'req.headers.cookie',
          '*.customerPhone',
          '*.customerIdNumber',
          '*.apiKey',
          '*.token',
        ],
        censor: '[redacted]',
      },
      customProps: () => ({ service: 'workorders' }),
      autoLogging: { ignore: (req) => req.url === '/health' },
    },
  });
