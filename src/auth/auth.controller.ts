import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { ProblemResponses } from '../common/openapi';
import { PageQuery } from '../common/page-query';
import { UuidParam } from '../common/uuid.pipe';
import { Actor, RequestActor, Policy } from './actor';
import { AuthService } from './auth.service';
import { ChannelSystem, StaffToken, StaffUser } from './credentials.entity';
import {
  ChannelSystemCreated,
  ChannelSystemPage,
  StaffUserPage,
  CreateChannelSystemDto,
  CreateStaffDto,
  IssueTokenDto,
  MeResponse,
  TokenIssued,
} from './dto/credentials.dto';

@ApiTags('identities')
@ApiBearerAuth()
@ApiSecurity('apiKey')
@ProblemResponses(403)
@Controller('api/v1')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Get('me')
  @Policy('me.get')
  @ApiOperation({ summary: 'Who the credential belongs to, with its org unit and role' })
  @ApiOkResponse({ type: MeResponse })
  me(@Actor() actor: RequestActor): MeResponse {
    return { kind: actor.kind, id: actor.id, role: actor.role, unitId: actor.unitId, tier: actor.tier, provinceId: actor.provinceId };
  }

  @Post('channel-systems')
  @Policy('channelSystems.create')
  @ApiOperation({ summary: 'Register a channel system; its API key is returned once and stored hashed' })
  @ApiCreatedResponse({ type: ChannelSystemCreated })
  createChannelSystem(@Actor() actor: RequestActor, @Body() dto: CreateChannelSystemDto): Promise<ChannelSystemCreated> {
    return this.auth.createChannelSystem(actor, dto);
  }

  @Get('channel-systems')
  @Policy('channelSystems.list')
  @ApiOperation({ summary: 'Channel systems in scope' })
  @ApiOkResponse({ type: ChannelSystemPage })
  listChannelSystems(@Actor() actor: RequestActor, @Query() query: PageQuery): Promise<ChannelSystemPage> {
    return this.auth.listChannelSystems(actor, query);
  }

  @Post('channel-systems/:id/revoke')
  @Policy('channelSystems.revoke')
  @HttpCode(200)
  @ApiOperation({ summary: "Revoke a channel system's API key (effective immediately)" })
  @ApiOkResponse({ type: ChannelSystem })
  revokeChannelSystem(@Actor() actor: RequestActor, @Param('id', UuidParam) id: string): Promise<ChannelSystem> {
    return this.auth.revokeChannelSystem(actor, id);
  }

  @Post('staff')
  @Policy('staff.create')
  @ApiOperation({ summary: 'Create a staff user in an org unit with a role' })
  @ApiCreatedResponse({ type: StaffUser })
  createStaff(@Actor() actor: RequestActor, @Body() dto: CreateStaffDto): Promise<StaffUser> {
    return this.auth.createStaff(actor, dto);
  }

  @Get('staff')
  @Policy('staff.list')
  @ApiOperation({ summary: 'Staff users in scope' })
  @ApiOkResponse({ type: StaffUserPage })
  listStaff(@Actor() actor: RequestActor, @Query() query: PageQuery): Promise<StaffUserPage> {
    return this.auth.listStaff(actor, query);
  }

  @Post('staff/:id/tokens')
  @Policy('staffTokens.issue')
  @ApiOperation({ summary: 'Issue an opaque bearer token for a staff user (shown once, stored hashed)' })
  @ApiCreatedResponse({ type: TokenIssued })
  issueToken(@Actor() actor: RequestActor, @Param('id', UuidParam) id: string, @Body() dto: IssueTokenDto): Promise<TokenIssued> {
    return this.auth.issueToken(actor, id, dto);
  }

  @Post('staff/:id/tokens/:tokenId/revoke')
  @Policy('staffTokens.revoke')
  @HttpCode(200)
  @ApiOperation({ summary: 'Revoke a staff token (effective immediately)' })
  @ApiOkResponse({ type: StaffToken })
  revokeToken(
    @Actor() actor: RequestActor,
    @Param('id', UuidParam) id: string,
    @Param('tokenId', UuidParam) tokenId: string,
  ): Promise<StaffToken> {
    return this.auth.revokeToken(actor, id, tokenId);
  }
}
