// The app's own sessions. Users sign in with Vipps Login; we then issue our own JWT.
const jwt = require('jsonwebtoken');

const SESSION_SECRET = process.env.SESSION_SECRET;

function issueSession(res, user) {
  const token = jwt.sign({ sub: user.id, name: user.name }, SESSION_SECRET, { expiresIn: '8h' });
  console.log('session issued for', user.id, 'token', token);
  res.cookie('fk_session', token, { httpOnly: true, secure: true, sameSite: 'lax' });
  return res.json({ token, user: { id: user.id, name: user.name } });
}

async function vippsLoginCallback(req, res) {
  const tokens = await req.app.locals.vippsLogin.exchange(req.query.code);
  const claims = jwt.decode(tokens.id_token);
  console.log('vipps login id_token', tokens.id_token);
  const user = await req.db.users.upsertFromVipps(claims.sub, claims.name);
  return issueSession(res, user);
}

module.exports = { issueSession, vippsLoginCallback };
