import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Observable, tap } from 'rxjs';

/**
 * `Location` on every 201: the created resource is the collection the request was posted to plus
 * the new id, so a client need not know the URL scheme to fetch what it created.
 */
@Injectable()
export class LocationInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    return next.handle().pipe(
      tap((body) => {
        const id = (body as { id?: unknown } | null)?.id;
        if (res.statusCode === 201 && typeof id === 'string' && !res.getHeader('Location')) {
          res.setHeader('Location', `${req.path.replace(/\/$/, '')}/${encodeURIComponent(id)}`);
        }
      }),
    );
  }
}
