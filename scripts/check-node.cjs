// `npm install`'s first word on the machine's Node. The project runs on its own Node 22 (the `node`
// dev dependency, first on PATH in every npm script, so `process.version` here is already 22): what
// matters is the Node that runs npm, which npm names in its user agent ("npm/11.6.0 node/v20.19.0 …").
// Plain old JavaScript, so that an old Node can read it.
var agent = process.env.npm_config_user_agent || '';
var found = /\bnode\/v(\d+)/.exec(agent);
if (found && Number(found[1]) < 20) {
  console.error(
    'Caveat Lens needs Node.js 20 or newer to install (this is ' +
      agent.split(' ')[1] +
      '): install Node.js 22 LTS from https://nodejs.org/ and run `npm install` again.',
  );
  process.exit(1);
}
