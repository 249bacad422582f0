/**
 * A real OpenID provider (the certified oidc-provider package) on a loopback port, for the single
 * sign-on suite. It runs in its own process because the package is an ES module. Any login name
 * signs in (development interactions) and becomes both `sub` and `preferred_username`.
 * Settings come from the environment: OP_PORT, OP_CLIENT (JSON client metadata).
 */
import Provider from 'oidc-provider';

const port = Number(process.env.OP_PORT);
const client = JSON.parse(process.env.OP_CLIENT);

const provider = new Provider(`http://127.0.0.1:${port}`, {
  clients: [client],
  pkce: { required: () => true },
  features: {
    devInteractions: { enabled: true },
    backchannelLogout: { enabled: true },
    rpInitiatedLogout: { enabled: true },
  },
  claims: { openid: ['sub'], profile: ['preferred_username', 'name'] },
  async findAccount(_ctx, id) {
    return { accountId: id, claims: async () => ({ sub: id, preferred_username: id, name: id }) };
  },
  cookies: { keys: ['oidc-provider-test-cookie-key'] },
  // The provider refuses to call loopback addresses (its SSRF guard); the service under test listens on one.
  fetch: (url, { dispatcher: _loopbackRefused, ...options }) => fetch(url, options),
});

provider.on('backchannel.error', (_ctx, err) => process.stderr.write(`back-channel logout failed: ${err.message}\n`));
provider.on('backchannel.success', () => process.stdout.write('back-channel logout delivered\n'));

provider.listen(port, '127.0.0.1', () => process.stdout.write('oidc provider ready\n'));
process.on('SIGTERM', () => process.exit(0));
