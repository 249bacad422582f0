import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProblemResponses } from '../../common/openapi';
import { UuidParam } from '../../common/uuid.pipe';
import { Actor, Policy, RequestActor } from '../actor';
import { StaffUser } from '../credentials.entity';
import { ListSessionsQuery, PasswordReset, SessionPage, SessionView, UpdateStaffAccountDto } from './dto/session.dto';
import { SessionService } from './session.service';

/** Administration of people's accounts: within the administrator's subtree (404 outside it). */
@ApiTags('identities')
@ApiBearerAuth()
@ApiCookieAuth('session')
@ProblemResponses(403)
@Controller('api/v1/staff')
export class StaffAccountsController {
  constructor(private readonly sessions: SessionService) {}

  @Patch(':id')
  @Policy('staff.update')
  @ApiOperation({ summary: "Change a staff member's name, role or username, or disable the account (which ends its sessions)" })
  @ApiOkResponse({ type: StaffUser })
  update(@Actor() actor: RequestActor, @Param('id', UuidParam) id: string, @Body() dto: UpdateStaffAccountDto): Promise<StaffUser> {
    return this.sessions.updateAccount(actor, id, dto);
  }

  @Post(':id/password-reset')
  @Policy('staff.resetPassword')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Give a staff member a temporary password (shown once); it must be changed at the next sign-in',
    description: 'Also unlocks an account locked by failed sign-ins, and ends its sessions.',
  })
  @ApiOkResponse({ type: PasswordReset })
  resetPassword(@Actor() actor: RequestActor, @Param('id', UuidParam) id: string): Promise<PasswordReset> {
    return this.sessions.resetPassword(actor, id);
  }

  @Get(':id/sessions')
  @Policy('staffSessions.list')
  @ApiOperation({ summary: "A staff member's sessions, newest first, ended ones included" })
  @ApiOkResponse({ type: SessionPage })
  listSessions(@Actor() actor: RequestActor, @Param('id', UuidParam) id: string, @Query() q: ListSessionsQuery): Promise<SessionPage> {
    return this.sessions.listSessions(actor, id, q.limit, q.cursor);
  }

  @Post(':id/sessions/:sessionId/revoke')
  @Policy('staffSessions.revoke')
  @HttpCode(200)
  @ApiOperation({ summary: 'End a session (effective on its next request)' })
  @ApiOkResponse({ type: SessionView })
  async revokeSession(
    @Actor() actor: RequestActor,
    @Param('id', UuidParam) id: string,
    @Param('sessionId', UuidParam) sessionId: string,
  ): Promise<SessionView> {
    await this.sessions.sessionOf(actor, id, sessionId);
    await this.sessions.revoke(sessionId, 'revoked');
    return this.sessions.sessionOf(actor, id, sessionId);
  }
}
