import { Body, Controller, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AuditService } from '../../audit/audit.service';
import { DomainError, ForbiddenError } from '../../common/domain-error';
import { ProblemResponses } from '../../common/openapi';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { Actor, Policy, RequestActor } from '../actor';
import type { AuthenticatedRequest } from '../auth.guard';
import { OidcService } from '../oidc/oidc.service';
import { ChangePasswordDto, PasswordChanged, SignedIn, SignedOut, SignInDto } from './dto/session.dto';
import { signInContext } from './request-context';
import { clearSessionCookies, setSessionCookies } from './session-cookies';
import { SessionService } from './session.service';

const SET_COOKIE = {
  'Set-Cookie': {
    description:
      'The session cookie (`wo_session`, or `__Host-wo_session` over https: HttpOnly, SameSite=Strict) and the readable CSRF cookie',
    schema: { type: 'string' },
  },
};

@ApiTags('sessions')
@ProblemResponses(403, 429)
@Controller('api/v1/auth')
export class SessionsController {
  constructor(
    private readonly sessions: SessionService,
    private readonly oidc: OidcService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('sign-in')
  @Policy('auth.signIn')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Sign in with username and password; answers a session cookie',
    description:
      'Failed attempts are throttled per account (a growing wait after SIGNIN_THROTTLE_AFTER failures, 429 SIGN_IN_THROTTLED) and per client ' +
      'address, and lock the account after SIGNIN_LOCK_AFTER (403 ACCOUNT_LOCKED). A wrong password, an unknown username and a disabled account ' +
      'all answer 401 INVALID_CREDENTIALS. Every attempt is audited.',
  })
  @ApiOkResponse({ type: SignedIn, headers: SET_COOKIE })
  @ApiResponse({ status: 429, description: 'Problem details (RFC 9457): SIGN_IN_THROTTLED, with Retry-After' })
  async signIn(@Req() req: Request, @Res({ passthrough: true }) res: Response, @Body() dto: SignInDto): Promise<SignedIn> {
    const origin = req.headers.origin;
    const allowed = this.config.SESSION_ALLOWED_ORIGINS.split(',').map((o) => o.trim());
    // A page of another site must not sign its visitor in under the attacker's account (login CSRF).
    if (origin !== undefined && origin !== `${req.protocol}://${req.get('host')}` && !allowed.includes(origin)) {
      throw new ForbiddenError('CSRF_REFUSED', `origin ${origin} may not sign in here`);
    }
    try {
      const { secret, ...signedIn } = await this.sessions.signIn(dto.username, dto.password, signInContext(req));
      setSessionCookies(res, this.config, secret, signedIn.csrfToken, this.sessions.absoluteMs);
      return signedIn;
    } catch (err) {
      if (err instanceof DomainError && typeof err.extra.retryAfter === 'number')
        res.setHeader('Retry-After', String(err.extra.retryAfter));
      throw err;
    }
  }

  @Post('sign-out')
  @Policy('auth.signOut')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiCookieAuth('session')
  @ApiHeader({ name: 'X-CSRF-Token', required: false, description: 'Required with a session cookie' })
  @ApiOperation({
    summary: 'End the session of the cookie; with single sign-on, answers where to end it at the identity provider too',
    description: 'With a bearer token there is no session to end: nothing happens.',
  })
  @ApiOkResponse({ type: SignedOut })
  async signOut(
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) res: Response,
    @Actor() actor: RequestActor,
  ): Promise<SignedOut> {
    const session = req.staffSession;
    if (!session) return { endSessionUrl: null };
    await this.sessions.revoke(session.id, 'signed_out');
    clearSessionCookies(res, this.config);
    await this.audit.record(signInContext(req, actor), {
      operation: 'auth.signOut',
      category: 'sessions',
      targetType: 'staff_session',
      targetId: session.id,
      scopePath: actor.unitPath,
      detail: { method: session.method },
    });
    const endSessionUrl = session.method === 'oidc' && session.oidcIdToken ? await this.oidc.endSessionUrl(session.oidcIdToken) : null;
    return { endSessionUrl };
  }

  @Post('password')
  @Policy('auth.changePassword')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiCookieAuth('session')
  @ApiHeader({ name: 'X-CSRF-Token', required: false, description: 'Required with a session cookie' })
  @ApiOperation({
    summary: 'Change your own password',
    description:
      'Needs the current password. Every session of the member ends; a cookie caller gets a new session (new cookies, new CSRF token). ' +
      'The only operation (with sign-out and GET /me) a session holding a temporary password may call.',
  })
  @ApiOkResponse({ type: PasswordChanged, headers: SET_COOKIE })
  async changePassword(
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) res: Response,
    @Actor() actor: RequestActor,
    @Body() dto: ChangePasswordDto,
  ): Promise<PasswordChanged> {
    const fresh = await this.sessions.changePassword(
      actor,
      dto.currentPassword,
      dto.newPassword,
      signInContext(req, actor),
      !!req.staffSession,
    );
    if (!fresh) return { session: null };
    const { secret, ...session } = fresh;
    setSessionCookies(res, this.config, secret, session.csrfToken, this.sessions.absoluteMs);
    return { session };
  }
}
