import { Body, Controller, Get, Header, HttpCode, Inject, Post, Query, Req, Res } from '@nestjs/common';
import { ApiConsumes, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiResponse, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import type { Request, Response } from 'express';
import { auditContext } from '../../audit/audit-context';
import { ProblemResponses } from '../../common/openapi';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { Policy } from '../actor';
import { signInContext } from '../sessions/request-context';
import { clearOidcCookie, cookieNames, readCookie, setOidcCookie, setSessionCookies } from '../sessions/session-cookies';
import { SessionService } from '../sessions/session.service';
import { SignedIn } from '../sessions/dto/session.dto';
import { LOGIN_STATE_TTL_MS, OidcService } from './oidc.service';

export class OidcLoginQuery {
  @ApiPropertyOptional({
    description: 'A path of this service to return to after signing in (anything else means /)',
    example: '/console/',
  })
  @IsOptional()
  @IsString()
  @Length(1, 2048)
  returnTo?: string;
}

export class OidcCallbackQuery {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 4096) code?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 512) state?: string;
  @ApiPropertyOptional({ description: 'Set by the provider when it refused' }) @IsOptional() @IsString() @Length(1, 512) error?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(0, 2048) error_description?: string;
  @ApiPropertyOptional({ description: 'Issuer (RFC 9207)' }) @IsOptional() @IsString() @Length(1, 2048) iss?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(0, 2048) session_state?: string;
}

export class BackChannelLogoutDto {
  @ApiProperty({ description: 'The signed logout token (OpenID Connect Back-Channel Logout 1.0)' })
  @IsString()
  @Length(1, 16_384)
  logout_token: string;
}

export class OidcLoginStarted {
  @ApiProperty({ description: "The provider's authorization URL to send the browser to" }) authorizationUrl: string;
}

/** A console that drives the redirects itself asks for JSON; a plain browser navigation gets redirects. */
const wantsJson = (req: Request) => /^application\/json\b/.test(req.headers.accept ?? '');

const REDIRECT = (description: string) => ({ status: 303, description, headers: { Location: { schema: { type: 'string' } } } });

/** Single sign-on through the carrier's or the government's OpenID provider (docs/identity.md). */
@ApiTags('sessions')
@ProblemResponses(403, 503)
@Controller('api/v1/auth/oidc')
export class OidcController {
  constructor(
    private readonly oidc: OidcService,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('login')
  @Policy('auth.oidcLogin')
  @ApiOperation({
    summary: 'Start single sign-on: redirects the browser to the identity provider (authorization code with PKCE)',
    description: '404 OIDC_NOT_CONFIGURED when no provider is configured.',
  })
  @ApiResponse(
    REDIRECT("To the provider's authorization endpoint; sets the short-lived `wo_oidc` cookie binding the attempt to this browser"),
  )
  @ApiOkResponse({
    type: OidcLoginStarted,
    description: 'With `Accept: application/json`: the same, as JSON, for a console that navigates itself',
  })
  async login(@Query() q: OidcLoginQuery, @Req() req: Request, @Res() res: Response): Promise<void> {
    const { url, state } = await this.oidc.start(q.returnTo);
    setOidcCookie(res, this.config, state, LOGIN_STATE_TTL_MS);
    if (wantsJson(req)) res.status(200).json({ authorizationUrl: url });
    else res.redirect(303, url);
  }

  @Get('callback')
  @Policy('auth.oidcCallback')
  @ApiOperation({
    summary: "The provider's redirect back (register it as the client's redirect URI): answers a session cookie",
    description:
      'Refused with 400 OIDC_STATE_MISMATCH (not started by this browser, expired, replayed), 401 OIDC_TOKEN_INVALID (signature, issuer, ' +
      'audience, lifetime, nonce) or 403 OIDC_NO_ACCOUNT (no enabled staff member has the username the configured claim carries: ' +
      'accounts are never created on sign-in). Every outcome is audited.',
  })
  @ApiResponse(REDIRECT('Signed in: to the returnTo path given at login, with the session and CSRF cookies set'))
  @ApiOkResponse({
    type: SignedIn,
    description: 'With `Accept: application/json`: signed in, the session described as JSON (cookies set as well)',
  })
  async callback(@Query() q: OidcCallbackQuery, @Req() req: Request, @Res() res: Response): Promise<void> {
    const cookieState = readCookie(req, cookieNames(this.config).oidc);
    clearOidcCookie(res, this.config);
    const { staffId, session, returnTo } = await this.oidc.finish(q, cookieState, signInContext(req));
    setSessionCookies(res, this.config, session.secret, session.csrfToken, this.sessions.absoluteMs);
    if (wantsJson(req)) res.status(200).json(this.sessions.signedIn(staffId, session));
    else res.redirect(303, returnTo);
  }

  @Post('back-channel-logout')
  @Policy('auth.oidcBackChannelLogout')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiOperation({
    summary: "The provider's back-channel logout (register it as the client's backchannel_logout_uri): ends the sessions it names",
    description:
      'The logout token is verified like an ID token (signature, issuer, audience) and must carry the logout event and a sid or sub.',
  })
  @ApiOkResponse({ description: 'The sessions are ended' })
  async backChannelLogout(@Body() dto: BackChannelLogoutDto, @Req() req: Request): Promise<void> {
    await this.oidc.backChannelLogout(dto.logout_token, auditContext(req, null));
  }
}
