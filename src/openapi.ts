import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { Problem, ProblemFieldError } from './common/openapi';

export function buildOpenApi(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Work-order service')
    .setDescription(
      'Electronic complaint work orders: multi-channel intake, national/provincial routing, stage deadlines with warnings and escalation. ' +
        'Errors are RFC 9457 application/problem+json with a stable `code`.',
    )
    .setVersion('1.0.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'Staff token or the bootstrap ADMIN_TOKEN' })
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-Api-Key', description: 'Channel system API key' }, 'apiKey')
    .build();
  return SwaggerModule.createDocument(app, config, { extraModels: [Problem, ProblemFieldError] });
}
