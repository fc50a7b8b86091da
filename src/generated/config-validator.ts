// Generated from src/config.schema.ts by `npm run schema-types`: do not edit by hand.
/* eslint-disable */
// @ts-nocheck
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);

export const validate = validate10;
export default validate10;
const schema11 = {"type":"object","additionalProperties":false,"default":{},"required":["server","log","timeZone","db","kv","objects","sms","captcha","tokens","property","shop","metrics","wallet","purchase","pic","portrait"],"properties":{"server":{"type":"object","additionalProperties":false,"default":{},"required":["host","port","workers","bodyLimitBytes","basePaths","cors","maxBatch","maxResponseBytes","trustProxy","proxyHops","requestTimeoutMs","maxConnections","publicBaseUrl","shutdownTimeoutMs"],"properties":{"host":{"type":"string","default":"127.0.0.1","description":"The address to listen on: 127.0.0.1 for this machine only, 0.0.0.0 for every interface."},"port":{"type":"integer","default":4081,"minimum":0,"maximum":65535,"description":"The port to listen on (0: any free port)."},"workers":{"type":"integer","default":1,"minimum":1,"maximum":64,"description":"Processes serving the port (Node cluster); more than 1 needs kv.driver redis."},"bodyLimitBytes":{"type":"integer","default":2097152,"minimum":1024,"description":"A request body larger than this answers HTTP 413 (-2), except on the upload paths, which take what pic.maxBytes needs."},"basePaths":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","pattern":"^(/[A-Za-z0-9._~-]+)*$"},"default":["/api/external",""],"description":"Every API path is served below each of these (\"\" as the original server did behind its proxy); /healthz, /readyz, /metrics and /api/schemas are not."},"cors":{"type":"object","additionalProperties":false,"default":{},"required":["origins"],"properties":{"origins":{"type":"array","items":{"type":"string","pattern":"^https?://[^/]+$"},"default":[],"description":"Exact origins (https://host[:port]) allowed to call the API from a browser page on another origin."}}},"maxBatch":{"type":"integer","default":20,"minimum":1,"maximum":1000,"description":"Envelopes in one batch (a JSON array body) at most."},"maxResponseBytes":{"type":"integer","default":4194304,"minimum":1024,"description":"No answer is larger: a single answer that would be is -406 alone; a batch answers -406 from the envelope whose answer would pass it on, and runs none after it."},"trustProxy":{"type":"boolean","default":false,"description":"Behind a reverse proxy: take the client's address from X-Forwarded-For (see proxyHops) and the scheme from X-Forwarded-Proto."},"proxyHops":{"type":"integer","default":1,"minimum":1,"maximum":16,"description":"Behind trustProxy: how many proxies in front append to X-Forwarded-For; the client is the entry that many from the right."},"requestTimeoutMs":{"type":"integer","default":30000,"minimum":1000,"description":"How long a client may take to send one request's headers and body."},"maxConnections":{"type":"integer","default":10000,"minimum":1,"description":"Open connections at most; Node closes any more at once."},"publicBaseUrl":{"type":"string","default":"","description":"Base of the URLs the service hands out (avatar URLs); empty means http://host:port."},"shutdownTimeoutMs":{"type":"integer","default":10000,"minimum":100,"description":"On SIGTERM, how long requests in flight may take to finish before their connections are closed."}}},"log":{"type":"object","additionalProperties":false,"default":{},"required":["level","access"],"properties":{"level":{"enum":["fatal","error","warn","info","debug","trace","silent"],"default":"info","description":"The least level written (pino's levels)."},"access":{"type":"boolean","default":true,"description":"One line per request at info level (method, path, API, statuses, milliseconds, client)."}}},"timeZone":{"type":"string","default":"Asia/Shanghai","description":"The IANA zone of the times the service writes and answers (creat_time, occurrence_time, …)."},"db":{"type":"object","additionalProperties":false,"default":{},"required":["client","connection","pool","acquireTimeoutMs","queryTimeoutMs","startRetrySeconds","migrateOnStart"],"properties":{"client":{"enum":["sqlite","mysql","pg"],"default":"sqlite","description":"The database: sqlite (embedded, a file), mysql (MySQL or MariaDB) or pg (PostgreSQL)."},"connection":{"description":"A connection URL (mysql://user:pass@host/db, postgres://…) or knex connection object; for sqlite { \"filename\": … }, relative to the config file.","default":{"filename":"data/campus.sqlite"},"anyOf":[{"type":"string","minLength":1},{"type":"object","additionalProperties":true}]},"pool":{"type":"object","additionalProperties":false,"default":{},"required":["min","max"],"properties":{"min":{"type":"integer","default":0,"minimum":0,"description":"Connections kept open when idle."},"max":{"type":"integer","default":10,"minimum":1,"description":"Connections open at most; a request waits for one up to acquireTimeoutMs."}}},"acquireTimeoutMs":{"type":"integer","default":5000,"minimum":100,"description":"How long a request may wait for a connection before it answers -200 (the database is away)."},"queryTimeoutMs":{"type":"integer","default":10000,"minimum":100,"description":"How long a query may go unanswered (MySQL, PostgreSQL) before it fails with -200."},"startRetrySeconds":{"type":"integer","default":30,"minimum":0,"description":"A database that cannot be reached at start is tried again, with backoff, for this long (0: not at all)."},"migrateOnStart":{"type":"boolean","default":true,"description":"Run pending migrations at start; false: a start with migrations pending exits 1 naming them, for a deploy that runs `npm run migrate -- latest` itself."}}},"kv":{"type":"object","additionalProperties":false,"default":{},"required":["driver","url","cluster","sentinel","password","sentinelPassword","prefix","commandTimeoutMs"],"properties":{"driver":{"enum":["memory","redis"],"default":"memory","description":"Where captchas, limits and caches live: memory (one process only) or redis (shared by workers and instances)."},"url":{"type":"string","default":"redis://127.0.0.1:6379","description":"The Redis URL (redis://[:password@]host:port[/db]); its default holds only when neither kv.cluster nor kv.sentinel is given."},"cluster":{"default":null,"anyOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["rootNodes"],"properties":{"rootNodes":{"type":"array","minItems":1,"items":{"type":"string","pattern":"^redis://[^/]+$"}}}}],"description":"A Redis Cluster instead of kv.url: the nodes asked for its layout (the rest are found). kv.prefix must then hold a hash tag, {campus}: (docs/OPERATIONS.md)."},"sentinel":{"default":null,"anyOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["name","sentinels"],"properties":{"name":{"type":"string","minLength":1},"sentinels":{"type":"array","minItems":1,"items":{"type":"string","pattern":"^redis://[^/]+$"}}}}],"description":"A master watched by Redis Sentinels instead of kv.url: the master's name as the sentinels know it, and some of the sentinels."},"password":{"type":"string","default":"","description":"The password of the cluster's nodes or of the sentinels' master and replicas (kv.url carries its own)."},"sentinelPassword":{"type":"string","default":"","description":"The sentinels' own password, when they have one."},"prefix":{"type":"string","default":"","description":"Put in front of every key the service writes (not the legacy sets'), so services can share one Redis."},"commandTimeoutMs":{"type":"integer","default":1000,"minimum":10,"description":"A Redis command unanswered this long fails (-404), so a stalled Redis does not hold requests."}}},"objects":{"type":"object","additionalProperties":false,"default":{},"required":["driver","dir","cos"],"properties":{"driver":{"enum":["disk","cos"],"default":"disk","description":"Where pictures are kept: disk (objects.dir) or cos (Tencent Cloud Object Storage)."},"dir":{"type":"string","default":"data/objects","description":"The folder of the disk store, relative to the config file."},"cos":{"type":"object","additionalProperties":false,"default":{},"required":["bucket","region","secretId","secretKey","domain","protocol","timeoutMs"],"properties":{"bucket":{"type":"string","default":"","description":"The COS bucket, with its APPID (campus-1250000000)."},"region":{"type":"string","default":"","description":"The bucket's region (ap-shanghai)."},"secretId":{"type":"string","default":"","description":"The COS key's id."},"secretKey":{"type":"string","default":"","description":"The COS key's secret."},"domain":{"type":"string","default":"","description":"Another host for the bucket (a private endpoint, a test server); empty: COS's own."},"protocol":{"enum":["https:","http:"],"default":"https:","description":"How COS is reached (http: only for a test server)."},"timeoutMs":{"type":"integer","default":5000,"minimum":100,"description":"A COS request unanswered this long fails (-500)."}}}}},"sms":{"type":"object","additionalProperties":false,"default":{},"required":["driver","codeLength","ttlSeconds","cooldownSeconds","perPhoneHour","perPhoneDay","perIpHour","maxFailures","guessesPerIpHour","tencent"],"properties":{"driver":{"enum":["console","tencent"],"default":"console","description":"How codes are sent: console (written to the log, for development) or tencent (Tencent Cloud SMS)."},"codeLength":{"type":"integer","default":6,"minimum":4,"maximum":10,"description":"Digits of an SMS code."},"ttlSeconds":{"type":"integer","default":180,"minimum":10,"description":"How long an SMS code may be used."},"cooldownSeconds":{"type":"integer","default":60,"minimum":0,"description":"Seconds between two codes to one phone (1023 sooner)."},"perPhoneHour":{"type":"integer","default":5,"minimum":1,"description":"Codes to one phone an hour at most (1024 beyond)."},"perPhoneDay":{"type":"integer","default":10,"minimum":1,"description":"Codes to one phone a day at most (1025 beyond)."},"perIpHour":{"type":"integer","default":20,"minimum":1,"description":"sms/generate calls from one client an hour at most (-405 beyond)."},"maxFailures":{"type":"integer","default":5,"minimum":1,"description":"Wrong sms/validate guesses naming a phone before its pending code is void."},"guessesPerIpHour":{"type":"integer","default":60,"minimum":1,"description":"Failed sms/validate calls without a phone, per client per hour, before -405."},"tencent":{"type":"object","additionalProperties":false,"default":{},"required":["secretId","secretKey","region","appId","signName","templateId","endpoint","protocol","timeoutSeconds"],"properties":{"secretId":{"type":"string","default":"","description":"Tencent Cloud's key id."},"secretKey":{"type":"string","default":"","description":"Tencent Cloud's key secret."},"region":{"type":"string","default":"ap-guangzhou","description":"The SMS service's region."},"appId":{"type":"string","default":"","description":"The SMS application's SdkAppId."},"signName":{"type":"string","default":"","description":"The approved signature put before each message."},"templateId":{"type":"string","default":"","description":"The approved template: its first parameter is the code, its second the minutes it lasts."},"endpoint":{"type":"string","default":"sms.tencentcloudapi.com","description":"The SMS API's host (another for a test server)."},"protocol":{"enum":["https://","http://"],"default":"https://","description":"How the SMS API is reached (http:// only for a test server)."},"timeoutSeconds":{"type":"integer","default":5,"minimum":1,"maximum":60,"description":"An SMS request unanswered this long fails (1000; the limits are given back)."}}}}},"captcha":{"type":"object","additionalProperties":false,"default":{},"required":["ttlSeconds","length","format","width","height","logCodes","legacySets"],"properties":{"ttlSeconds":{"type":"integer","default":180,"minimum":10,"description":"How long an image captcha may be used."},"length":{"type":"integer","default":5,"minimum":4,"maximum":6,"description":"Characters of an image captcha."},"format":{"enum":["png","svg"],"default":"png","description":"What img/generate draws: png (the original's) or svg (smaller, cheaper)."},"width":{"type":"integer","default":150,"minimum":60,"maximum":600,"description":"The captcha's width in pixels."},"height":{"type":"integer","default":50,"minimum":30,"maximum":200,"description":"The captcha's height in pixels."},"logCodes":{"type":"boolean","default":false,"description":"Writes each image captcha code to the log, for local front-end work (as the console SMS sender does for SMS codes). Never in production."},"legacySets":{"default":null,"anyOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["img","sms"],"properties":{"img":{"type":"string","minLength":1},"sms":{"type":"string","minLength":1}}}],"description":"The original server's Redis sets of live hashes, read by the Java service (SISMEMBER, SREM): names used as given, without kv.prefix. null: off. Redis only."}}},"tokens":{"type":"object","additionalProperties":false,"default":{},"required":["table","tokenColumn","userColumn","expiresColumn","cacheSeconds"],"properties":{"table":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","default":"tokens","description":"The account service's table of tokens, read by the service."},"tokenColumn":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","default":"token","description":"Its column of tokens."},"userColumn":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","default":"user_id","description":"Its column of user ids."},"expiresColumn":{"type":["string","null"],"pattern":"^[A-Za-z_][A-Za-z0-9_]*$","default":"expires_at","description":"Its column of expiry times (null: tokens never expire)."},"cacheSeconds":{"type":"integer","default":30,"minimum":0,"description":"How long a token's user is remembered in the key-value store (0: asked every time); a deleted token works that long at most."}}},"property":{"type":"object","additionalProperties":false,"default":{},"required":["defaultLimit","maxLimit","searchTimeoutMs","searchCacheSeconds","searchCacheRows"],"properties":{"defaultLimit":{"type":"integer","default":50,"minimum":1,"description":"Rows of a list when the request gives no limit."},"maxLimit":{"type":"integer","default":200,"minimum":1,"description":"The largest limit a list request may give."},"searchTimeoutMs":{"type":"integer","default":5000,"minimum":100,"description":"A search still running after this long is cancelled in the database and answers -200."},"searchCacheSeconds":{"type":"integer","default":30,"minimum":0,"description":"Answers of the list are shared for at most this long; every write through the service ends them at once. 0: no caching."},"searchCacheRows":{"type":"integer","default":10000,"minimum":1,"description":"Rows of cached answers each process keeps at most (about 0.5 KB each)."}}},"shop":{"type":"object","additionalProperties":false,"default":{},"required":["maxPerUser"],"properties":{"maxPerUser":{"type":"integer","default":3,"minimum":0,"description":"Shops one user may open (101 beyond)."}}},"metrics":{"type":"object","additionalProperties":false,"default":{},"required":["enabled","token"],"properties":{"enabled":{"type":"boolean","default":true,"description":"GET /metrics, and the per-request counting behind it."},"token":{"type":"string","default":"","description":"When set, GET /metrics needs \"Authorization: Bearer <token>\"; empty: open."}}},"wallet":{"type":"object","additionalProperties":false,"default":{},"required":["table","idColumn","balanceColumn","nameColumn"],"properties":{"table":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","default":"users","description":"The users table."},"idColumn":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","default":"id","description":"Its column of user ids."},"balanceColumn":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","default":"wealth","description":"Its column of balances."},"nameColumn":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","default":"name","description":"The users' names, shown with their shops (user_name); \"\" where the column is missing."}},"description":"The account service's users table, whose balance column is each user's wallet (DECIMAL(12,2), yuan). Created with just these columns when missing; never altered."},"purchase":{"type":"object","additionalProperties":false,"default":{},"required":["payMinutes","sweepSeconds","escrowSeconds"],"properties":{"payMinutes":{"type":"integer","default":15,"minimum":1,"description":"An unpaid purchase is cancelled this long after it was made."},"sweepSeconds":{"type":"integer","default":60,"minimum":1,"description":"How often each process tidies the stored state of expired purchases and releases held money whose time has come."},"escrowSeconds":{"type":"integer","default":604800,"minimum":0,"description":"How long a payment's money is held before the seller is credited, unless the buyer confirms, the seller refunds or the buyer disputes first; 0: the seller is credited at pay, as the original did."}}},"pic":{"type":"object","additionalProperties":false,"default":{},"required":["maxBytes","maxPixels","maxFrames","maxAnimationPixels","maxSide","concurrency","queueLength","uploadsPerMinute","maxPerUser","widths"],"properties":{"maxBytes":{"type":"integer","default":12582912,"minimum":1,"description":"A picture or avatar larger than this, decoded, is refused (-204); the bodies of the /pic and /portrait paths may be as large as such a picture needs. portrait.maxBytes is another name for it."},"maxPixels":{"type":"integer","default":24000000,"minimum":1,"description":"A picture or avatar with more pixels than this (all frames of an animation together) is refused (-204)."},"maxFrames":{"type":"integer","default":100,"minimum":1,"description":"An animated picture with more frames than this is refused (-204)."},"maxAnimationPixels":{"type":"integer","default":5000000,"minimum":1,"description":"An animation's frames times its frame's pixels at most (-204 beyond): what re-encoding it costs, about 45 ns of CPU a pixel for a GIF."},"maxSide":{"type":"integer","default":2560,"minimum":16,"maximum":16384,"description":"A stored picture is scaled down, in its own format, until its longer side is at most this."},"concurrency":{"type":"integer","default":0,"minimum":0,"maximum":256,"description":"Pictures decoded and encoded at once; 0: the number of cores. Each runs on one thread."},"queueLength":{"type":"integer","default":64,"minimum":0,"description":"Pictures waiting for their turn at most; beyond, an upload or a sized copy answers -405."},"uploadsPerMinute":{"type":"integer","default":30,"minimum":1,"description":"pic/upload and portrait/upload calls per user per minute (-405 beyond)."},"maxPerUser":{"type":"integer","default":2000,"minimum":0,"description":"Pictures one user may store under names of their own or of their bytes (101 \"Too many pictures\" beyond); replacing one does not count."},"widths":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"integer","minimum":16,"maximum":4096},"default":[160,320,640],"description":"The widths of the sized copies served with ?w= (another width gets the nearest of these)."}}},"portrait":{"type":"object","additionalProperties":false,"default":{},"required":["allowedOrigins","allowMissingReferer","cacheSeconds"],"properties":{"maxBytes":{"type":"integer","minimum":1,"description":"The first name of pic.maxBytes, still read: giving both with different values is an error."},"allowedOrigins":{"type":"array","items":{"type":"string"},"default":["https://www.zustservice.cn"],"description":"Pages whose Referer may show avatars and pictures; any other gets the \"ban\" image."},"allowMissingReferer":{"type":"boolean","default":true,"description":"Whether a request without a Referer (an app, a bookmark) may show them."},"cacheSeconds":{"type":"integer","default":300,"minimum":0,"description":"max-age of avatars and pictures (Cache-Control: private)."}}}}};
const func2 = Object.prototype.hasOwnProperty;
const func4 = require("ajv/dist/runtime/ucs2length").default;
const pattern0 = new RegExp("^(/[A-Za-z0-9._~-]+)*$", "u");
const pattern1 = new RegExp("^https?://[^/]+$", "u");
const pattern2 = new RegExp("^redis://[^/]+$", "u");
const pattern4 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.server === undefined){
data.server = {};
}
if(data.log === undefined){
data.log = {};
}
if(data.timeZone === undefined){
data.timeZone = "Asia/Shanghai";
}
if(data.db === undefined){
data.db = {};
}
if(data.kv === undefined){
data.kv = {};
}
if(data.objects === undefined){
data.objects = {};
}
if(data.sms === undefined){
data.sms = {};
}
if(data.captcha === undefined){
data.captcha = {};
}
if(data.tokens === undefined){
data.tokens = {};
}
if(data.property === undefined){
data.property = {};
}
if(data.shop === undefined){
data.shop = {};
}
if(data.metrics === undefined){
data.metrics = {};
}
if(data.wallet === undefined){
data.wallet = {};
}
if(data.purchase === undefined){
data.purchase = {};
}
if(data.pic === undefined){
data.pic = {};
}
if(data.portrait === undefined){
data.portrait = {};
}
if(data.server === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "server"},message:"must have required property '"+"server"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.log === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "log"},message:"must have required property '"+"log"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.timeZone === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "timeZone"},message:"must have required property '"+"timeZone"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.db === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "db"},message:"must have required property '"+"db"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.kv === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kv"},message:"must have required property '"+"kv"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.objects === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "objects"},message:"must have required property '"+"objects"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.sms === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sms"},message:"must have required property '"+"sms"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.captcha === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "captcha"},message:"must have required property '"+"captcha"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.tokens === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tokens"},message:"must have required property '"+"tokens"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.property === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "property"},message:"must have required property '"+"property"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.shop === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "shop"},message:"must have required property '"+"shop"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.metrics === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metrics"},message:"must have required property '"+"metrics"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.wallet === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "wallet"},message:"must have required property '"+"wallet"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data.purchase === undefined){
const err13 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "purchase"},message:"must have required property '"+"purchase"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data.pic === undefined){
const err14 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "pic"},message:"must have required property '"+"pic"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data.portrait === undefined){
const err15 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "portrait"},message:"must have required property '"+"portrait"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
const err16 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
let data0 = data.server;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.host === undefined){
data0.host = "127.0.0.1";
}
if(data0.port === undefined){
data0.port = 4081;
}
if(data0.workers === undefined){
data0.workers = 1;
}
if(data0.bodyLimitBytes === undefined){
data0.bodyLimitBytes = 2097152;
}
if(data0.basePaths === undefined){
data0.basePaths = ["/api/external",""];
}
if(data0.cors === undefined){
data0.cors = {};
}
if(data0.maxBatch === undefined){
data0.maxBatch = 20;
}
if(data0.maxResponseBytes === undefined){
data0.maxResponseBytes = 4194304;
}
if(data0.trustProxy === undefined){
data0.trustProxy = false;
}
if(data0.proxyHops === undefined){
data0.proxyHops = 1;
}
if(data0.requestTimeoutMs === undefined){
data0.requestTimeoutMs = 30000;
}
if(data0.maxConnections === undefined){
data0.maxConnections = 10000;
}
if(data0.publicBaseUrl === undefined){
data0.publicBaseUrl = "";
}
if(data0.shutdownTimeoutMs === undefined){
data0.shutdownTimeoutMs = 10000;
}
if(data0.host === undefined){
const err17 = {instancePath:instancePath+"/server",schemaPath:"#/properties/server/required",keyword:"required",params:{missingProperty: "host"},message:"must have required property '"+"host"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data0.port === undefined){
const err18 = {instancePath:instancePath+"/server",schemaPath:"#/properties/server/required",keyword:"required",params:{missingProperty: "port"},message:"must have required property '"+"port"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data0.workers === undefined){
const err19 = {instancePath:instancePath+"/server",schemaPath:"#/properties/server/required",keyword:"required",params:{missingProperty: "workers"},message:"must have required property '"+"workers"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data0.bodyLimitBytes === undefined){
const err20 = {instancePath:instancePath+"/server",schemaPath:"#/properties/server/required",keyword:"required",params:{missingProperty: "bodyLimitBytes"},message:"must have required property '"+"bodyLimitBytes"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data0.basePaths === undefined){
const err21 = {instancePath:instancePath+"/server",schemaPath:"#/properties/server/required",keyword:"required",params:{missingProperty: "basePaths"},message:"must have required property '"+"basePaths"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data0.cors === undefined){
const err22 = {instancePath:instancePath+"/server",schemaPath:"#/properties/server/required",keyword:"required",params:{missingProperty: "cors"},message:"must have required property '"+"cors"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data0.maxBatch === undefined){
const err23 = {instancePath:instancePath+"/server",schemaPath:"#/properties/server/required",keyword:"required",params:{missingProperty: "maxBatch"},message:"must have required property '"+"maxBatch"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data0.maxResponseBytes === undefined){
const err24 = {instancePath:instancePath+"/server",schemaPath:"#/properties/server/required",keyword:"required",params:{missingProperty: "maxResponseBytes"},message:"must have required property '"+"maxResponseBytes"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data0.trustProxy === undefined){
const err25 = {instancePath:instancePath+"/server",schemaPath:"#/properties/server/required",keyword:"required",params:{missingProperty: "trustProxy"},message:"must have required property '"+"trustProxy"+"'"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data0.proxyHops === undefined){
const err26 = {instancePath:instancePath+"/server",schemaPath:"#/properties/server/required",keyword:"required",params:{missingProperty: "proxyHops"},message:"must have required property '"+"proxyHops"+"'"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data0.requestTimeoutMs === undefined){
const err27 = {instancePath:instancePath+"/server",schemaPath:"#/properties/server/required",keyword:"required",params:{missingProperty: "requestTimeoutMs"},message:"must have required property '"+"requestTimeoutMs"+"'"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data0.maxConnections === undefined){
const err28 = {instancePath:instancePath+"/server",schemaPath:"#/properties/server/required",keyword:"required",params:{missingProperty: "maxConnections"},message:"must have required property '"+"maxConnections"+"'"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data0.publicBaseUrl === undefined){
const err29 = {instancePath:instancePath+"/server",schemaPath:"#/properties/server/required",keyword:"required",params:{missingProperty: "publicBaseUrl"},message:"must have required property '"+"publicBaseUrl"+"'"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data0.shutdownTimeoutMs === undefined){
const err30 = {instancePath:instancePath+"/server",schemaPath:"#/properties/server/required",keyword:"required",params:{missingProperty: "shutdownTimeoutMs"},message:"must have required property '"+"shutdownTimeoutMs"+"'"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
for(const key1 in data0){
if(!(func2.call(schema11.properties.server.properties, key1))){
const err31 = {instancePath:instancePath+"/server",schemaPath:"#/properties/server/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(typeof data0.host !== "string"){
const err32 = {instancePath:instancePath+"/server/host",schemaPath:"#/properties/server/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
let data2 = data0.port;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
const err33 = {instancePath:instancePath+"/server/port",schemaPath:"#/properties/server/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(typeof data2 == "number"){
if(data2 > 65535 || isNaN(data2)){
const err34 = {instancePath:instancePath+"/server/port",schemaPath:"#/properties/server/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err35 = {instancePath:instancePath+"/server/port",schemaPath:"#/properties/server/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
let data3 = data0.workers;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err36 = {instancePath:instancePath+"/server/workers",schemaPath:"#/properties/server/properties/workers/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(typeof data3 == "number"){
if(data3 > 64 || isNaN(data3)){
const err37 = {instancePath:instancePath+"/server/workers",schemaPath:"#/properties/server/properties/workers/maximum",keyword:"maximum",params:{comparison: "<=", limit: 64},message:"must be <= 64"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err38 = {instancePath:instancePath+"/server/workers",schemaPath:"#/properties/server/properties/workers/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
let data4 = data0.bodyLimitBytes;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
const err39 = {instancePath:instancePath+"/server/bodyLimitBytes",schemaPath:"#/properties/server/properties/bodyLimitBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(typeof data4 == "number"){
if(data4 < 1024 || isNaN(data4)){
const err40 = {instancePath:instancePath+"/server/bodyLimitBytes",schemaPath:"#/properties/server/properties/bodyLimitBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1024},message:"must be >= 1024"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
let data5 = data0.basePaths;
if(Array.isArray(data5)){
if(data5.length < 1){
const err41 = {instancePath:instancePath+"/server/basePaths",schemaPath:"#/properties/server/properties/basePaths/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(typeof data6 === "string"){
if(!pattern0.test(data6)){
const err42 = {instancePath:instancePath+"/server/basePaths/" + i0,schemaPath:"#/properties/server/properties/basePaths/items/pattern",keyword:"pattern",params:{pattern: "^(/[A-Za-z0-9._~-]+)*$"},message:"must match pattern \""+"^(/[A-Za-z0-9._~-]+)*$"+"\""};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/server/basePaths/" + i0,schemaPath:"#/properties/server/properties/basePaths/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
let i1 = data5.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data5[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err44 = {instancePath:instancePath+"/server/basePaths",schemaPath:"#/properties/server/properties/basePaths/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err45 = {instancePath:instancePath+"/server/basePaths",schemaPath:"#/properties/server/properties/basePaths/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
let data7 = data0.cors;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.origins === undefined){
data7.origins = [];
}
if(data7.origins === undefined){
const err46 = {instancePath:instancePath+"/server/cors",schemaPath:"#/properties/server/properties/cors/required",keyword:"required",params:{missingProperty: "origins"},message:"must have required property '"+"origins"+"'"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
for(const key2 in data7){
if(!(key2 === "origins")){
const err47 = {instancePath:instancePath+"/server/cors",schemaPath:"#/properties/server/properties/cors/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
let data8 = data7.origins;
if(Array.isArray(data8)){
const len1 = data8.length;
for(let i2=0; i2<len1; i2++){
let data9 = data8[i2];
if(typeof data9 === "string"){
if(!pattern1.test(data9)){
const err48 = {instancePath:instancePath+"/server/cors/origins/" + i2,schemaPath:"#/properties/server/properties/cors/properties/origins/items/pattern",keyword:"pattern",params:{pattern: "^https?://[^/]+$"},message:"must match pattern \""+"^https?://[^/]+$"+"\""};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/server/cors/origins/" + i2,schemaPath:"#/properties/server/properties/cors/properties/origins/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath:instancePath+"/server/cors/origins",schemaPath:"#/properties/server/properties/cors/properties/origins/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/server/cors",schemaPath:"#/properties/server/properties/cors/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
let data10 = data0.maxBatch;
if(!((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10)))){
const err52 = {instancePath:instancePath+"/server/maxBatch",schemaPath:"#/properties/server/properties/maxBatch/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(typeof data10 == "number"){
if(data10 > 1000 || isNaN(data10)){
const err53 = {instancePath:instancePath+"/server/maxBatch",schemaPath:"#/properties/server/properties/maxBatch/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(data10 < 1 || isNaN(data10)){
const err54 = {instancePath:instancePath+"/server/maxBatch",schemaPath:"#/properties/server/properties/maxBatch/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
let data11 = data0.maxResponseBytes;
if(!((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11)))){
const err55 = {instancePath:instancePath+"/server/maxResponseBytes",schemaPath:"#/properties/server/properties/maxResponseBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(typeof data11 == "number"){
if(data11 < 1024 || isNaN(data11)){
const err56 = {instancePath:instancePath+"/server/maxResponseBytes",schemaPath:"#/properties/server/properties/maxResponseBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1024},message:"must be >= 1024"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(typeof data0.trustProxy !== "boolean"){
const err57 = {instancePath:instancePath+"/server/trustProxy",schemaPath:"#/properties/server/properties/trustProxy/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
let data13 = data0.proxyHops;
if(!((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13)))){
const err58 = {instancePath:instancePath+"/server/proxyHops",schemaPath:"#/properties/server/properties/proxyHops/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(typeof data13 == "number"){
if(data13 > 16 || isNaN(data13)){
const err59 = {instancePath:instancePath+"/server/proxyHops",schemaPath:"#/properties/server/properties/proxyHops/maximum",keyword:"maximum",params:{comparison: "<=", limit: 16},message:"must be <= 16"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(data13 < 1 || isNaN(data13)){
const err60 = {instancePath:instancePath+"/server/proxyHops",schemaPath:"#/properties/server/properties/proxyHops/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
let data14 = data0.requestTimeoutMs;
if(!((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14)))){
const err61 = {instancePath:instancePath+"/server/requestTimeoutMs",schemaPath:"#/properties/server/properties/requestTimeoutMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(typeof data14 == "number"){
if(data14 < 1000 || isNaN(data14)){
const err62 = {instancePath:instancePath+"/server/requestTimeoutMs",schemaPath:"#/properties/server/properties/requestTimeoutMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1000},message:"must be >= 1000"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
let data15 = data0.maxConnections;
if(!((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15)))){
const err63 = {instancePath:instancePath+"/server/maxConnections",schemaPath:"#/properties/server/properties/maxConnections/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(typeof data15 == "number"){
if(data15 < 1 || isNaN(data15)){
const err64 = {instancePath:instancePath+"/server/maxConnections",schemaPath:"#/properties/server/properties/maxConnections/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(typeof data0.publicBaseUrl !== "string"){
const err65 = {instancePath:instancePath+"/server/publicBaseUrl",schemaPath:"#/properties/server/properties/publicBaseUrl/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
let data17 = data0.shutdownTimeoutMs;
if(!((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17)))){
const err66 = {instancePath:instancePath+"/server/shutdownTimeoutMs",schemaPath:"#/properties/server/properties/shutdownTimeoutMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(typeof data17 == "number"){
if(data17 < 100 || isNaN(data17)){
const err67 = {instancePath:instancePath+"/server/shutdownTimeoutMs",schemaPath:"#/properties/server/properties/shutdownTimeoutMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
}
else {
const err68 = {instancePath:instancePath+"/server",schemaPath:"#/properties/server/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
let data18 = data.log;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(data18.level === undefined){
data18.level = "info";
}
if(data18.access === undefined){
data18.access = true;
}
if(data18.level === undefined){
const err69 = {instancePath:instancePath+"/log",schemaPath:"#/properties/log/required",keyword:"required",params:{missingProperty: "level"},message:"must have required property '"+"level"+"'"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(data18.access === undefined){
const err70 = {instancePath:instancePath+"/log",schemaPath:"#/properties/log/required",keyword:"required",params:{missingProperty: "access"},message:"must have required property '"+"access"+"'"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
for(const key3 in data18){
if(!((key3 === "level") || (key3 === "access"))){
const err71 = {instancePath:instancePath+"/log",schemaPath:"#/properties/log/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
let data19 = data18.level;
if(!(((((((data19 === "fatal") || (data19 === "error")) || (data19 === "warn")) || (data19 === "info")) || (data19 === "debug")) || (data19 === "trace")) || (data19 === "silent"))){
const err72 = {instancePath:instancePath+"/log/level",schemaPath:"#/properties/log/properties/level/enum",keyword:"enum",params:{allowedValues: schema11.properties.log.properties.level.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(typeof data18.access !== "boolean"){
const err73 = {instancePath:instancePath+"/log/access",schemaPath:"#/properties/log/properties/access/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
else {
const err74 = {instancePath:instancePath+"/log",schemaPath:"#/properties/log/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(typeof data.timeZone !== "string"){
const err75 = {instancePath:instancePath+"/timeZone",schemaPath:"#/properties/timeZone/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
let data22 = data.db;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
if(data22.client === undefined){
data22.client = "sqlite";
}
if(data22.connection === undefined){
data22.connection = {"filename":"data/campus.sqlite"};
}
if(data22.pool === undefined){
data22.pool = {};
}
if(data22.acquireTimeoutMs === undefined){
data22.acquireTimeoutMs = 5000;
}
if(data22.queryTimeoutMs === undefined){
data22.queryTimeoutMs = 10000;
}
if(data22.startRetrySeconds === undefined){
data22.startRetrySeconds = 30;
}
if(data22.migrateOnStart === undefined){
data22.migrateOnStart = true;
}
if(data22.client === undefined){
const err76 = {instancePath:instancePath+"/db",schemaPath:"#/properties/db/required",keyword:"required",params:{missingProperty: "client"},message:"must have required property '"+"client"+"'"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(data22.connection === undefined){
const err77 = {instancePath:instancePath+"/db",schemaPath:"#/properties/db/required",keyword:"required",params:{missingProperty: "connection"},message:"must have required property '"+"connection"+"'"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if(data22.pool === undefined){
const err78 = {instancePath:instancePath+"/db",schemaPath:"#/properties/db/required",keyword:"required",params:{missingProperty: "pool"},message:"must have required property '"+"pool"+"'"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(data22.acquireTimeoutMs === undefined){
const err79 = {instancePath:instancePath+"/db",schemaPath:"#/properties/db/required",keyword:"required",params:{missingProperty: "acquireTimeoutMs"},message:"must have required property '"+"acquireTimeoutMs"+"'"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if(data22.queryTimeoutMs === undefined){
const err80 = {instancePath:instancePath+"/db",schemaPath:"#/properties/db/required",keyword:"required",params:{missingProperty: "queryTimeoutMs"},message:"must have required property '"+"queryTimeoutMs"+"'"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if(data22.startRetrySeconds === undefined){
const err81 = {instancePath:instancePath+"/db",schemaPath:"#/properties/db/required",keyword:"required",params:{missingProperty: "startRetrySeconds"},message:"must have required property '"+"startRetrySeconds"+"'"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if(data22.migrateOnStart === undefined){
const err82 = {instancePath:instancePath+"/db",schemaPath:"#/properties/db/required",keyword:"required",params:{missingProperty: "migrateOnStart"},message:"must have required property '"+"migrateOnStart"+"'"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
for(const key4 in data22){
if(!(((((((key4 === "client") || (key4 === "connection")) || (key4 === "pool")) || (key4 === "acquireTimeoutMs")) || (key4 === "queryTimeoutMs")) || (key4 === "startRetrySeconds")) || (key4 === "migrateOnStart"))){
const err83 = {instancePath:instancePath+"/db",schemaPath:"#/properties/db/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
let data23 = data22.client;
if(!(((data23 === "sqlite") || (data23 === "mysql")) || (data23 === "pg"))){
const err84 = {instancePath:instancePath+"/db/client",schemaPath:"#/properties/db/properties/client/enum",keyword:"enum",params:{allowedValues: schema11.properties.db.properties.client.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
let data24 = data22.connection;
const _errs53 = errors;
let valid10 = false;
const _errs54 = errors;
if(typeof data24 === "string"){
if(func4(data24) < 1){
const err85 = {instancePath:instancePath+"/db/connection",schemaPath:"#/properties/db/properties/connection/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
else {
const err86 = {instancePath:instancePath+"/db/connection",schemaPath:"#/properties/db/properties/connection/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
var _valid0 = _errs54 === errors;
valid10 = valid10 || _valid0;
if(!valid10){
const _errs56 = errors;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
}
else {
const err87 = {instancePath:instancePath+"/db/connection",schemaPath:"#/properties/db/properties/connection/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
var _valid0 = _errs56 === errors;
valid10 = valid10 || _valid0;
}
if(!valid10){
const err88 = {instancePath:instancePath+"/db/connection",schemaPath:"#/properties/db/properties/connection/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
else {
errors = _errs53;
if(vErrors !== null){
if(_errs53){
vErrors.length = _errs53;
}
else {
vErrors = null;
}
}
}
let data25 = data22.pool;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
if(data25.min === undefined){
data25.min = 0;
}
if(data25.max === undefined){
data25.max = 10;
}
if(data25.min === undefined){
const err89 = {instancePath:instancePath+"/db/pool",schemaPath:"#/properties/db/properties/pool/required",keyword:"required",params:{missingProperty: "min"},message:"must have required property '"+"min"+"'"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
if(data25.max === undefined){
const err90 = {instancePath:instancePath+"/db/pool",schemaPath:"#/properties/db/properties/pool/required",keyword:"required",params:{missingProperty: "max"},message:"must have required property '"+"max"+"'"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
for(const key5 in data25){
if(!((key5 === "min") || (key5 === "max"))){
const err91 = {instancePath:instancePath+"/db/pool",schemaPath:"#/properties/db/properties/pool/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
let data26 = data25.min;
if(!((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26)))){
const err92 = {instancePath:instancePath+"/db/pool/min",schemaPath:"#/properties/db/properties/pool/properties/min/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
if(typeof data26 == "number"){
if(data26 < 0 || isNaN(data26)){
const err93 = {instancePath:instancePath+"/db/pool/min",schemaPath:"#/properties/db/properties/pool/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
let data27 = data25.max;
if(!((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27)))){
const err94 = {instancePath:instancePath+"/db/pool/max",schemaPath:"#/properties/db/properties/pool/properties/max/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if(typeof data27 == "number"){
if(data27 < 1 || isNaN(data27)){
const err95 = {instancePath:instancePath+"/db/pool/max",schemaPath:"#/properties/db/properties/pool/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
}
else {
const err96 = {instancePath:instancePath+"/db/pool",schemaPath:"#/properties/db/properties/pool/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
let data28 = data22.acquireTimeoutMs;
if(!((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28)))){
const err97 = {instancePath:instancePath+"/db/acquireTimeoutMs",schemaPath:"#/properties/db/properties/acquireTimeoutMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if(typeof data28 == "number"){
if(data28 < 100 || isNaN(data28)){
const err98 = {instancePath:instancePath+"/db/acquireTimeoutMs",schemaPath:"#/properties/db/properties/acquireTimeoutMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
let data29 = data22.queryTimeoutMs;
if(!((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29)))){
const err99 = {instancePath:instancePath+"/db/queryTimeoutMs",schemaPath:"#/properties/db/properties/queryTimeoutMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
if(typeof data29 == "number"){
if(data29 < 100 || isNaN(data29)){
const err100 = {instancePath:instancePath+"/db/queryTimeoutMs",schemaPath:"#/properties/db/properties/queryTimeoutMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
let data30 = data22.startRetrySeconds;
if(!((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30)))){
const err101 = {instancePath:instancePath+"/db/startRetrySeconds",schemaPath:"#/properties/db/properties/startRetrySeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
if(typeof data30 == "number"){
if(data30 < 0 || isNaN(data30)){
const err102 = {instancePath:instancePath+"/db/startRetrySeconds",schemaPath:"#/properties/db/properties/startRetrySeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(typeof data22.migrateOnStart !== "boolean"){
const err103 = {instancePath:instancePath+"/db/migrateOnStart",schemaPath:"#/properties/db/properties/migrateOnStart/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
else {
const err104 = {instancePath:instancePath+"/db",schemaPath:"#/properties/db/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
let data32 = data.kv;
if(data32 && typeof data32 == "object" && !Array.isArray(data32)){
if(data32.driver === undefined){
data32.driver = "memory";
}
if(data32.url === undefined){
data32.url = "redis://127.0.0.1:6379";
}
if(data32.cluster === undefined){
data32.cluster = null;
}
if(data32.sentinel === undefined){
data32.sentinel = null;
}
if(data32.password === undefined){
data32.password = "";
}
if(data32.sentinelPassword === undefined){
data32.sentinelPassword = "";
}
if(data32.prefix === undefined){
data32.prefix = "";
}
if(data32.commandTimeoutMs === undefined){
data32.commandTimeoutMs = 1000;
}
if(data32.driver === undefined){
const err105 = {instancePath:instancePath+"/kv",schemaPath:"#/properties/kv/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
if(data32.url === undefined){
const err106 = {instancePath:instancePath+"/kv",schemaPath:"#/properties/kv/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
if(data32.cluster === undefined){
const err107 = {instancePath:instancePath+"/kv",schemaPath:"#/properties/kv/required",keyword:"required",params:{missingProperty: "cluster"},message:"must have required property '"+"cluster"+"'"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
if(data32.sentinel === undefined){
const err108 = {instancePath:instancePath+"/kv",schemaPath:"#/properties/kv/required",keyword:"required",params:{missingProperty: "sentinel"},message:"must have required property '"+"sentinel"+"'"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
if(data32.password === undefined){
const err109 = {instancePath:instancePath+"/kv",schemaPath:"#/properties/kv/required",keyword:"required",params:{missingProperty: "password"},message:"must have required property '"+"password"+"'"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
if(data32.sentinelPassword === undefined){
const err110 = {instancePath:instancePath+"/kv",schemaPath:"#/properties/kv/required",keyword:"required",params:{missingProperty: "sentinelPassword"},message:"must have required property '"+"sentinelPassword"+"'"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
if(data32.prefix === undefined){
const err111 = {instancePath:instancePath+"/kv",schemaPath:"#/properties/kv/required",keyword:"required",params:{missingProperty: "prefix"},message:"must have required property '"+"prefix"+"'"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
if(data32.commandTimeoutMs === undefined){
const err112 = {instancePath:instancePath+"/kv",schemaPath:"#/properties/kv/required",keyword:"required",params:{missingProperty: "commandTimeoutMs"},message:"must have required property '"+"commandTimeoutMs"+"'"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
for(const key6 in data32){
if(!((((((((key6 === "driver") || (key6 === "url")) || (key6 === "cluster")) || (key6 === "sentinel")) || (key6 === "password")) || (key6 === "sentinelPassword")) || (key6 === "prefix")) || (key6 === "commandTimeoutMs"))){
const err113 = {instancePath:instancePath+"/kv",schemaPath:"#/properties/kv/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
let data33 = data32.driver;
if(!((data33 === "memory") || (data33 === "redis"))){
const err114 = {instancePath:instancePath+"/kv/driver",schemaPath:"#/properties/kv/properties/driver/enum",keyword:"enum",params:{allowedValues: schema11.properties.kv.properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
if(typeof data32.url !== "string"){
const err115 = {instancePath:instancePath+"/kv/url",schemaPath:"#/properties/kv/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
let data35 = data32.cluster;
const _errs81 = errors;
let valid13 = false;
const _errs82 = errors;
if(data35 !== null){
const err116 = {instancePath:instancePath+"/kv/cluster",schemaPath:"#/properties/kv/properties/cluster/anyOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
var _valid1 = _errs82 === errors;
valid13 = valid13 || _valid1;
if(!valid13){
const _errs84 = errors;
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
if(data35.rootNodes === undefined){
const err117 = {instancePath:instancePath+"/kv/cluster",schemaPath:"#/properties/kv/properties/cluster/anyOf/1/required",keyword:"required",params:{missingProperty: "rootNodes"},message:"must have required property '"+"rootNodes"+"'"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
for(const key7 in data35){
if(!(key7 === "rootNodes")){
const err118 = {instancePath:instancePath+"/kv/cluster",schemaPath:"#/properties/kv/properties/cluster/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data35.rootNodes !== undefined){
let data36 = data35.rootNodes;
if(Array.isArray(data36)){
if(data36.length < 1){
const err119 = {instancePath:instancePath+"/kv/cluster/rootNodes",schemaPath:"#/properties/kv/properties/cluster/anyOf/1/properties/rootNodes/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
const len2 = data36.length;
for(let i3=0; i3<len2; i3++){
let data37 = data36[i3];
if(typeof data37 === "string"){
if(!pattern2.test(data37)){
const err120 = {instancePath:instancePath+"/kv/cluster/rootNodes/" + i3,schemaPath:"#/properties/kv/properties/cluster/anyOf/1/properties/rootNodes/items/pattern",keyword:"pattern",params:{pattern: "^redis://[^/]+$"},message:"must match pattern \""+"^redis://[^/]+$"+"\""};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
else {
const err121 = {instancePath:instancePath+"/kv/cluster/rootNodes/" + i3,schemaPath:"#/properties/kv/properties/cluster/anyOf/1/properties/rootNodes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
}
else {
const err122 = {instancePath:instancePath+"/kv/cluster/rootNodes",schemaPath:"#/properties/kv/properties/cluster/anyOf/1/properties/rootNodes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
}
else {
const err123 = {instancePath:instancePath+"/kv/cluster",schemaPath:"#/properties/kv/properties/cluster/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
var _valid1 = _errs84 === errors;
valid13 = valid13 || _valid1;
}
if(!valid13){
const err124 = {instancePath:instancePath+"/kv/cluster",schemaPath:"#/properties/kv/properties/cluster/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
else {
errors = _errs81;
if(vErrors !== null){
if(_errs81){
vErrors.length = _errs81;
}
else {
vErrors = null;
}
}
}
let data38 = data32.sentinel;
const _errs92 = errors;
let valid17 = false;
const _errs93 = errors;
if(data38 !== null){
const err125 = {instancePath:instancePath+"/kv/sentinel",schemaPath:"#/properties/kv/properties/sentinel/anyOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
var _valid2 = _errs93 === errors;
valid17 = valid17 || _valid2;
if(!valid17){
const _errs95 = errors;
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
if(data38.name === undefined){
const err126 = {instancePath:instancePath+"/kv/sentinel",schemaPath:"#/properties/kv/properties/sentinel/anyOf/1/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
if(data38.sentinels === undefined){
const err127 = {instancePath:instancePath+"/kv/sentinel",schemaPath:"#/properties/kv/properties/sentinel/anyOf/1/required",keyword:"required",params:{missingProperty: "sentinels"},message:"must have required property '"+"sentinels"+"'"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
for(const key8 in data38){
if(!((key8 === "name") || (key8 === "sentinels"))){
const err128 = {instancePath:instancePath+"/kv/sentinel",schemaPath:"#/properties/kv/properties/sentinel/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
if(data38.name !== undefined){
let data39 = data38.name;
if(typeof data39 === "string"){
if(func4(data39) < 1){
const err129 = {instancePath:instancePath+"/kv/sentinel/name",schemaPath:"#/properties/kv/properties/sentinel/anyOf/1/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
else {
const err130 = {instancePath:instancePath+"/kv/sentinel/name",schemaPath:"#/properties/kv/properties/sentinel/anyOf/1/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
if(data38.sentinels !== undefined){
let data40 = data38.sentinels;
if(Array.isArray(data40)){
if(data40.length < 1){
const err131 = {instancePath:instancePath+"/kv/sentinel/sentinels",schemaPath:"#/properties/kv/properties/sentinel/anyOf/1/properties/sentinels/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
const len3 = data40.length;
for(let i4=0; i4<len3; i4++){
let data41 = data40[i4];
if(typeof data41 === "string"){
if(!pattern2.test(data41)){
const err132 = {instancePath:instancePath+"/kv/sentinel/sentinels/" + i4,schemaPath:"#/properties/kv/properties/sentinel/anyOf/1/properties/sentinels/items/pattern",keyword:"pattern",params:{pattern: "^redis://[^/]+$"},message:"must match pattern \""+"^redis://[^/]+$"+"\""};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
else {
const err133 = {instancePath:instancePath+"/kv/sentinel/sentinels/" + i4,schemaPath:"#/properties/kv/properties/sentinel/anyOf/1/properties/sentinels/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
}
else {
const err134 = {instancePath:instancePath+"/kv/sentinel/sentinels",schemaPath:"#/properties/kv/properties/sentinel/anyOf/1/properties/sentinels/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
}
else {
const err135 = {instancePath:instancePath+"/kv/sentinel",schemaPath:"#/properties/kv/properties/sentinel/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
var _valid2 = _errs95 === errors;
valid17 = valid17 || _valid2;
}
if(!valid17){
const err136 = {instancePath:instancePath+"/kv/sentinel",schemaPath:"#/properties/kv/properties/sentinel/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
else {
errors = _errs92;
if(vErrors !== null){
if(_errs92){
vErrors.length = _errs92;
}
else {
vErrors = null;
}
}
}
if(typeof data32.password !== "string"){
const err137 = {instancePath:instancePath+"/kv/password",schemaPath:"#/properties/kv/properties/password/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
if(typeof data32.sentinelPassword !== "string"){
const err138 = {instancePath:instancePath+"/kv/sentinelPassword",schemaPath:"#/properties/kv/properties/sentinelPassword/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
if(typeof data32.prefix !== "string"){
const err139 = {instancePath:instancePath+"/kv/prefix",schemaPath:"#/properties/kv/properties/prefix/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
let data45 = data32.commandTimeoutMs;
if(!((typeof data45 == "number") && (!(data45 % 1) && !isNaN(data45)))){
const err140 = {instancePath:instancePath+"/kv/commandTimeoutMs",schemaPath:"#/properties/kv/properties/commandTimeoutMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
if(typeof data45 == "number"){
if(data45 < 10 || isNaN(data45)){
const err141 = {instancePath:instancePath+"/kv/commandTimeoutMs",schemaPath:"#/properties/kv/properties/commandTimeoutMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 10},message:"must be >= 10"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
}
else {
const err142 = {instancePath:instancePath+"/kv",schemaPath:"#/properties/kv/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
let data46 = data.objects;
if(data46 && typeof data46 == "object" && !Array.isArray(data46)){
if(data46.driver === undefined){
data46.driver = "disk";
}
if(data46.dir === undefined){
data46.dir = "data/objects";
}
if(data46.cos === undefined){
data46.cos = {};
}
if(data46.driver === undefined){
const err143 = {instancePath:instancePath+"/objects",schemaPath:"#/properties/objects/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
if(data46.dir === undefined){
const err144 = {instancePath:instancePath+"/objects",schemaPath:"#/properties/objects/required",keyword:"required",params:{missingProperty: "dir"},message:"must have required property '"+"dir"+"'"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
if(data46.cos === undefined){
const err145 = {instancePath:instancePath+"/objects",schemaPath:"#/properties/objects/required",keyword:"required",params:{missingProperty: "cos"},message:"must have required property '"+"cos"+"'"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
for(const key9 in data46){
if(!(((key9 === "driver") || (key9 === "dir")) || (key9 === "cos"))){
const err146 = {instancePath:instancePath+"/objects",schemaPath:"#/properties/objects/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
let data47 = data46.driver;
if(!((data47 === "disk") || (data47 === "cos"))){
const err147 = {instancePath:instancePath+"/objects/driver",schemaPath:"#/properties/objects/properties/driver/enum",keyword:"enum",params:{allowedValues: schema11.properties.objects.properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
if(typeof data46.dir !== "string"){
const err148 = {instancePath:instancePath+"/objects/dir",schemaPath:"#/properties/objects/properties/dir/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
let data49 = data46.cos;
if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
if(data49.bucket === undefined){
data49.bucket = "";
}
if(data49.region === undefined){
data49.region = "";
}
if(data49.secretId === undefined){
data49.secretId = "";
}
if(data49.secretKey === undefined){
data49.secretKey = "";
}
if(data49.domain === undefined){
data49.domain = "";
}
if(data49.protocol === undefined){
data49.protocol = "https:";
}
if(data49.timeoutMs === undefined){
data49.timeoutMs = 5000;
}
if(data49.bucket === undefined){
const err149 = {instancePath:instancePath+"/objects/cos",schemaPath:"#/properties/objects/properties/cos/required",keyword:"required",params:{missingProperty: "bucket"},message:"must have required property '"+"bucket"+"'"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
if(data49.region === undefined){
const err150 = {instancePath:instancePath+"/objects/cos",schemaPath:"#/properties/objects/properties/cos/required",keyword:"required",params:{missingProperty: "region"},message:"must have required property '"+"region"+"'"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
if(data49.secretId === undefined){
const err151 = {instancePath:instancePath+"/objects/cos",schemaPath:"#/properties/objects/properties/cos/required",keyword:"required",params:{missingProperty: "secretId"},message:"must have required property '"+"secretId"+"'"};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
if(data49.secretKey === undefined){
const err152 = {instancePath:instancePath+"/objects/cos",schemaPath:"#/properties/objects/properties/cos/required",keyword:"required",params:{missingProperty: "secretKey"},message:"must have required property '"+"secretKey"+"'"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
if(data49.domain === undefined){
const err153 = {instancePath:instancePath+"/objects/cos",schemaPath:"#/properties/objects/properties/cos/required",keyword:"required",params:{missingProperty: "domain"},message:"must have required property '"+"domain"+"'"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
if(data49.protocol === undefined){
const err154 = {instancePath:instancePath+"/objects/cos",schemaPath:"#/properties/objects/properties/cos/required",keyword:"required",params:{missingProperty: "protocol"},message:"must have required property '"+"protocol"+"'"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
if(data49.timeoutMs === undefined){
const err155 = {instancePath:instancePath+"/objects/cos",schemaPath:"#/properties/objects/properties/cos/required",keyword:"required",params:{missingProperty: "timeoutMs"},message:"must have required property '"+"timeoutMs"+"'"};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
for(const key10 in data49){
if(!(((((((key10 === "bucket") || (key10 === "region")) || (key10 === "secretId")) || (key10 === "secretKey")) || (key10 === "domain")) || (key10 === "protocol")) || (key10 === "timeoutMs"))){
const err156 = {instancePath:instancePath+"/objects/cos",schemaPath:"#/properties/objects/properties/cos/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
if(typeof data49.bucket !== "string"){
const err157 = {instancePath:instancePath+"/objects/cos/bucket",schemaPath:"#/properties/objects/properties/cos/properties/bucket/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
if(typeof data49.region !== "string"){
const err158 = {instancePath:instancePath+"/objects/cos/region",schemaPath:"#/properties/objects/properties/cos/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
if(typeof data49.secretId !== "string"){
const err159 = {instancePath:instancePath+"/objects/cos/secretId",schemaPath:"#/properties/objects/properties/cos/properties/secretId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
if(typeof data49.secretKey !== "string"){
const err160 = {instancePath:instancePath+"/objects/cos/secretKey",schemaPath:"#/properties/objects/properties/cos/properties/secretKey/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
if(typeof data49.domain !== "string"){
const err161 = {instancePath:instancePath+"/objects/cos/domain",schemaPath:"#/properties/objects/properties/cos/properties/domain/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
let data55 = data49.protocol;
if(!((data55 === "https:") || (data55 === "http:"))){
const err162 = {instancePath:instancePath+"/objects/cos/protocol",schemaPath:"#/properties/objects/properties/cos/properties/protocol/enum",keyword:"enum",params:{allowedValues: schema11.properties.objects.properties.cos.properties.protocol.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
let data56 = data49.timeoutMs;
if(!((typeof data56 == "number") && (!(data56 % 1) && !isNaN(data56)))){
const err163 = {instancePath:instancePath+"/objects/cos/timeoutMs",schemaPath:"#/properties/objects/properties/cos/properties/timeoutMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
if(typeof data56 == "number"){
if(data56 < 100 || isNaN(data56)){
const err164 = {instancePath:instancePath+"/objects/cos/timeoutMs",schemaPath:"#/properties/objects/properties/cos/properties/timeoutMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100"};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
}
else {
const err165 = {instancePath:instancePath+"/objects/cos",schemaPath:"#/properties/objects/properties/cos/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
else {
const err166 = {instancePath:instancePath+"/objects",schemaPath:"#/properties/objects/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
let data57 = data.sms;
if(data57 && typeof data57 == "object" && !Array.isArray(data57)){
if(data57.driver === undefined){
data57.driver = "console";
}
if(data57.codeLength === undefined){
data57.codeLength = 6;
}
if(data57.ttlSeconds === undefined){
data57.ttlSeconds = 180;
}
if(data57.cooldownSeconds === undefined){
data57.cooldownSeconds = 60;
}
if(data57.perPhoneHour === undefined){
data57.perPhoneHour = 5;
}
if(data57.perPhoneDay === undefined){
data57.perPhoneDay = 10;
}
if(data57.perIpHour === undefined){
data57.perIpHour = 20;
}
if(data57.maxFailures === undefined){
data57.maxFailures = 5;
}
if(data57.guessesPerIpHour === undefined){
data57.guessesPerIpHour = 60;
}
if(data57.tencent === undefined){
data57.tencent = {};
}
if(data57.driver === undefined){
const err167 = {instancePath:instancePath+"/sms",schemaPath:"#/properties/sms/required",keyword:"required",params:{missingProperty: "driver"},message:"must have required property '"+"driver"+"'"};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
if(data57.codeLength === undefined){
const err168 = {instancePath:instancePath+"/sms",schemaPath:"#/properties/sms/required",keyword:"required",params:{missingProperty: "codeLength"},message:"must have required property '"+"codeLength"+"'"};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
if(data57.ttlSeconds === undefined){
const err169 = {instancePath:instancePath+"/sms",schemaPath:"#/properties/sms/required",keyword:"required",params:{missingProperty: "ttlSeconds"},message:"must have required property '"+"ttlSeconds"+"'"};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
if(data57.cooldownSeconds === undefined){
const err170 = {instancePath:instancePath+"/sms",schemaPath:"#/properties/sms/required",keyword:"required",params:{missingProperty: "cooldownSeconds"},message:"must have required property '"+"cooldownSeconds"+"'"};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
if(data57.perPhoneHour === undefined){
const err171 = {instancePath:instancePath+"/sms",schemaPath:"#/properties/sms/required",keyword:"required",params:{missingProperty: "perPhoneHour"},message:"must have required property '"+"perPhoneHour"+"'"};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
if(data57.perPhoneDay === undefined){
const err172 = {instancePath:instancePath+"/sms",schemaPath:"#/properties/sms/required",keyword:"required",params:{missingProperty: "perPhoneDay"},message:"must have required property '"+"perPhoneDay"+"'"};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
if(data57.perIpHour === undefined){
const err173 = {instancePath:instancePath+"/sms",schemaPath:"#/properties/sms/required",keyword:"required",params:{missingProperty: "perIpHour"},message:"must have required property '"+"perIpHour"+"'"};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
if(data57.maxFailures === undefined){
const err174 = {instancePath:instancePath+"/sms",schemaPath:"#/properties/sms/required",keyword:"required",params:{missingProperty: "maxFailures"},message:"must have required property '"+"maxFailures"+"'"};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
if(data57.guessesPerIpHour === undefined){
const err175 = {instancePath:instancePath+"/sms",schemaPath:"#/properties/sms/required",keyword:"required",params:{missingProperty: "guessesPerIpHour"},message:"must have required property '"+"guessesPerIpHour"+"'"};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
if(data57.tencent === undefined){
const err176 = {instancePath:instancePath+"/sms",schemaPath:"#/properties/sms/required",keyword:"required",params:{missingProperty: "tencent"},message:"must have required property '"+"tencent"+"'"};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
for(const key11 in data57){
if(!(func2.call(schema11.properties.sms.properties, key11))){
const err177 = {instancePath:instancePath+"/sms",schemaPath:"#/properties/sms/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
let data58 = data57.driver;
if(!((data58 === "console") || (data58 === "tencent"))){
const err178 = {instancePath:instancePath+"/sms/driver",schemaPath:"#/properties/sms/properties/driver/enum",keyword:"enum",params:{allowedValues: schema11.properties.sms.properties.driver.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
let data59 = data57.codeLength;
if(!((typeof data59 == "number") && (!(data59 % 1) && !isNaN(data59)))){
const err179 = {instancePath:instancePath+"/sms/codeLength",schemaPath:"#/properties/sms/properties/codeLength/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
if(typeof data59 == "number"){
if(data59 > 10 || isNaN(data59)){
const err180 = {instancePath:instancePath+"/sms/codeLength",schemaPath:"#/properties/sms/properties/codeLength/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10"};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
if(data59 < 4 || isNaN(data59)){
const err181 = {instancePath:instancePath+"/sms/codeLength",schemaPath:"#/properties/sms/properties/codeLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 4},message:"must be >= 4"};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
}
let data60 = data57.ttlSeconds;
if(!((typeof data60 == "number") && (!(data60 % 1) && !isNaN(data60)))){
const err182 = {instancePath:instancePath+"/sms/ttlSeconds",schemaPath:"#/properties/sms/properties/ttlSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
if(typeof data60 == "number"){
if(data60 < 10 || isNaN(data60)){
const err183 = {instancePath:instancePath+"/sms/ttlSeconds",schemaPath:"#/properties/sms/properties/ttlSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 10},message:"must be >= 10"};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
}
let data61 = data57.cooldownSeconds;
if(!((typeof data61 == "number") && (!(data61 % 1) && !isNaN(data61)))){
const err184 = {instancePath:instancePath+"/sms/cooldownSeconds",schemaPath:"#/properties/sms/properties/cooldownSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
if(typeof data61 == "number"){
if(data61 < 0 || isNaN(data61)){
const err185 = {instancePath:instancePath+"/sms/cooldownSeconds",schemaPath:"#/properties/sms/properties/cooldownSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
}
let data62 = data57.perPhoneHour;
if(!((typeof data62 == "number") && (!(data62 % 1) && !isNaN(data62)))){
const err186 = {instancePath:instancePath+"/sms/perPhoneHour",schemaPath:"#/properties/sms/properties/perPhoneHour/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
if(typeof data62 == "number"){
if(data62 < 1 || isNaN(data62)){
const err187 = {instancePath:instancePath+"/sms/perPhoneHour",schemaPath:"#/properties/sms/properties/perPhoneHour/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
let data63 = data57.perPhoneDay;
if(!((typeof data63 == "number") && (!(data63 % 1) && !isNaN(data63)))){
const err188 = {instancePath:instancePath+"/sms/perPhoneDay",schemaPath:"#/properties/sms/properties/perPhoneDay/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
if(typeof data63 == "number"){
if(data63 < 1 || isNaN(data63)){
const err189 = {instancePath:instancePath+"/sms/perPhoneDay",schemaPath:"#/properties/sms/properties/perPhoneDay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
}
let data64 = data57.perIpHour;
if(!((typeof data64 == "number") && (!(data64 % 1) && !isNaN(data64)))){
const err190 = {instancePath:instancePath+"/sms/perIpHour",schemaPath:"#/properties/sms/properties/perIpHour/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
if(typeof data64 == "number"){
if(data64 < 1 || isNaN(data64)){
const err191 = {instancePath:instancePath+"/sms/perIpHour",schemaPath:"#/properties/sms/properties/perIpHour/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
}
let data65 = data57.maxFailures;
if(!((typeof data65 == "number") && (!(data65 % 1) && !isNaN(data65)))){
const err192 = {instancePath:instancePath+"/sms/maxFailures",schemaPath:"#/properties/sms/properties/maxFailures/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
if(typeof data65 == "number"){
if(data65 < 1 || isNaN(data65)){
const err193 = {instancePath:instancePath+"/sms/maxFailures",schemaPath:"#/properties/sms/properties/maxFailures/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
}
let data66 = data57.guessesPerIpHour;
if(!((typeof data66 == "number") && (!(data66 % 1) && !isNaN(data66)))){
const err194 = {instancePath:instancePath+"/sms/guessesPerIpHour",schemaPath:"#/properties/sms/properties/guessesPerIpHour/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
if(typeof data66 == "number"){
if(data66 < 1 || isNaN(data66)){
const err195 = {instancePath:instancePath+"/sms/guessesPerIpHour",schemaPath:"#/properties/sms/properties/guessesPerIpHour/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
let data67 = data57.tencent;
if(data67 && typeof data67 == "object" && !Array.isArray(data67)){
if(data67.secretId === undefined){
data67.secretId = "";
}
if(data67.secretKey === undefined){
data67.secretKey = "";
}
if(data67.region === undefined){
data67.region = "ap-guangzhou";
}
if(data67.appId === undefined){
data67.appId = "";
}
if(data67.signName === undefined){
data67.signName = "";
}
if(data67.templateId === undefined){
data67.templateId = "";
}
if(data67.endpoint === undefined){
data67.endpoint = "sms.tencentcloudapi.com";
}
if(data67.protocol === undefined){
data67.protocol = "https://";
}
if(data67.timeoutSeconds === undefined){
data67.timeoutSeconds = 5;
}
if(data67.secretId === undefined){
const err196 = {instancePath:instancePath+"/sms/tencent",schemaPath:"#/properties/sms/properties/tencent/required",keyword:"required",params:{missingProperty: "secretId"},message:"must have required property '"+"secretId"+"'"};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
if(data67.secretKey === undefined){
const err197 = {instancePath:instancePath+"/sms/tencent",schemaPath:"#/properties/sms/properties/tencent/required",keyword:"required",params:{missingProperty: "secretKey"},message:"must have required property '"+"secretKey"+"'"};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
if(data67.region === undefined){
const err198 = {instancePath:instancePath+"/sms/tencent",schemaPath:"#/properties/sms/properties/tencent/required",keyword:"required",params:{missingProperty: "region"},message:"must have required property '"+"region"+"'"};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
if(data67.appId === undefined){
const err199 = {instancePath:instancePath+"/sms/tencent",schemaPath:"#/properties/sms/properties/tencent/required",keyword:"required",params:{missingProperty: "appId"},message:"must have required property '"+"appId"+"'"};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
if(data67.signName === undefined){
const err200 = {instancePath:instancePath+"/sms/tencent",schemaPath:"#/properties/sms/properties/tencent/required",keyword:"required",params:{missingProperty: "signName"},message:"must have required property '"+"signName"+"'"};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
if(data67.templateId === undefined){
const err201 = {instancePath:instancePath+"/sms/tencent",schemaPath:"#/properties/sms/properties/tencent/required",keyword:"required",params:{missingProperty: "templateId"},message:"must have required property '"+"templateId"+"'"};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
if(data67.endpoint === undefined){
const err202 = {instancePath:instancePath+"/sms/tencent",schemaPath:"#/properties/sms/properties/tencent/required",keyword:"required",params:{missingProperty: "endpoint"},message:"must have required property '"+"endpoint"+"'"};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
if(data67.protocol === undefined){
const err203 = {instancePath:instancePath+"/sms/tencent",schemaPath:"#/properties/sms/properties/tencent/required",keyword:"required",params:{missingProperty: "protocol"},message:"must have required property '"+"protocol"+"'"};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
if(data67.timeoutSeconds === undefined){
const err204 = {instancePath:instancePath+"/sms/tencent",schemaPath:"#/properties/sms/properties/tencent/required",keyword:"required",params:{missingProperty: "timeoutSeconds"},message:"must have required property '"+"timeoutSeconds"+"'"};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
for(const key12 in data67){
if(!(func2.call(schema11.properties.sms.properties.tencent.properties, key12))){
const err205 = {instancePath:instancePath+"/sms/tencent",schemaPath:"#/properties/sms/properties/tencent/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
}
if(typeof data67.secretId !== "string"){
const err206 = {instancePath:instancePath+"/sms/tencent/secretId",schemaPath:"#/properties/sms/properties/tencent/properties/secretId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
if(typeof data67.secretKey !== "string"){
const err207 = {instancePath:instancePath+"/sms/tencent/secretKey",schemaPath:"#/properties/sms/properties/tencent/properties/secretKey/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
if(typeof data67.region !== "string"){
const err208 = {instancePath:instancePath+"/sms/tencent/region",schemaPath:"#/properties/sms/properties/tencent/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
if(typeof data67.appId !== "string"){
const err209 = {instancePath:instancePath+"/sms/tencent/appId",schemaPath:"#/properties/sms/properties/tencent/properties/appId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
if(typeof data67.signName !== "string"){
const err210 = {instancePath:instancePath+"/sms/tencent/signName",schemaPath:"#/properties/sms/properties/tencent/properties/signName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
if(typeof data67.templateId !== "string"){
const err211 = {instancePath:instancePath+"/sms/tencent/templateId",schemaPath:"#/properties/sms/properties/tencent/properties/templateId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
if(typeof data67.endpoint !== "string"){
const err212 = {instancePath:instancePath+"/sms/tencent/endpoint",schemaPath:"#/properties/sms/properties/tencent/properties/endpoint/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
let data75 = data67.protocol;
if(!((data75 === "https://") || (data75 === "http://"))){
const err213 = {instancePath:instancePath+"/sms/tencent/protocol",schemaPath:"#/properties/sms/properties/tencent/properties/protocol/enum",keyword:"enum",params:{allowedValues: schema11.properties.sms.properties.tencent.properties.protocol.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
let data76 = data67.timeoutSeconds;
if(!((typeof data76 == "number") && (!(data76 % 1) && !isNaN(data76)))){
const err214 = {instancePath:instancePath+"/sms/tencent/timeoutSeconds",schemaPath:"#/properties/sms/properties/tencent/properties/timeoutSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
if(typeof data76 == "number"){
if(data76 > 60 || isNaN(data76)){
const err215 = {instancePath:instancePath+"/sms/tencent/timeoutSeconds",schemaPath:"#/properties/sms/properties/tencent/properties/timeoutSeconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60},message:"must be <= 60"};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
if(data76 < 1 || isNaN(data76)){
const err216 = {instancePath:instancePath+"/sms/tencent/timeoutSeconds",schemaPath:"#/properties/sms/properties/tencent/properties/timeoutSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
}
}
else {
const err217 = {instancePath:instancePath+"/sms/tencent",schemaPath:"#/properties/sms/properties/tencent/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
}
else {
const err218 = {instancePath:instancePath+"/sms",schemaPath:"#/properties/sms/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
let data77 = data.captcha;
if(data77 && typeof data77 == "object" && !Array.isArray(data77)){
if(data77.ttlSeconds === undefined){
data77.ttlSeconds = 180;
}
if(data77.length === undefined){
data77.length = 5;
}
if(data77.format === undefined){
data77.format = "png";
}
if(data77.width === undefined){
data77.width = 150;
}
if(data77.height === undefined){
data77.height = 50;
}
if(data77.logCodes === undefined){
data77.logCodes = false;
}
if(data77.legacySets === undefined){
data77.legacySets = null;
}
if(data77.ttlSeconds === undefined){
const err219 = {instancePath:instancePath+"/captcha",schemaPath:"#/properties/captcha/required",keyword:"required",params:{missingProperty: "ttlSeconds"},message:"must have required property '"+"ttlSeconds"+"'"};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
if(data77.length === undefined){
const err220 = {instancePath:instancePath+"/captcha",schemaPath:"#/properties/captcha/required",keyword:"required",params:{missingProperty: "length"},message:"must have required property '"+"length"+"'"};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
if(data77.format === undefined){
const err221 = {instancePath:instancePath+"/captcha",schemaPath:"#/properties/captcha/required",keyword:"required",params:{missingProperty: "format"},message:"must have required property '"+"format"+"'"};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
if(data77.width === undefined){
const err222 = {instancePath:instancePath+"/captcha",schemaPath:"#/properties/captcha/required",keyword:"required",params:{missingProperty: "width"},message:"must have required property '"+"width"+"'"};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
if(data77.height === undefined){
const err223 = {instancePath:instancePath+"/captcha",schemaPath:"#/properties/captcha/required",keyword:"required",params:{missingProperty: "height"},message:"must have required property '"+"height"+"'"};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
if(data77.logCodes === undefined){
const err224 = {instancePath:instancePath+"/captcha",schemaPath:"#/properties/captcha/required",keyword:"required",params:{missingProperty: "logCodes"},message:"must have required property '"+"logCodes"+"'"};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
if(data77.legacySets === undefined){
const err225 = {instancePath:instancePath+"/captcha",schemaPath:"#/properties/captcha/required",keyword:"required",params:{missingProperty: "legacySets"},message:"must have required property '"+"legacySets"+"'"};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
for(const key13 in data77){
if(!(((((((key13 === "ttlSeconds") || (key13 === "length")) || (key13 === "format")) || (key13 === "width")) || (key13 === "height")) || (key13 === "logCodes")) || (key13 === "legacySets"))){
const err226 = {instancePath:instancePath+"/captcha",schemaPath:"#/properties/captcha/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
}
let data78 = data77.ttlSeconds;
if(!((typeof data78 == "number") && (!(data78 % 1) && !isNaN(data78)))){
const err227 = {instancePath:instancePath+"/captcha/ttlSeconds",schemaPath:"#/properties/captcha/properties/ttlSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
if(typeof data78 == "number"){
if(data78 < 10 || isNaN(data78)){
const err228 = {instancePath:instancePath+"/captcha/ttlSeconds",schemaPath:"#/properties/captcha/properties/ttlSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 10},message:"must be >= 10"};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
}
let data79 = data77.length;
if(!((typeof data79 == "number") && (!(data79 % 1) && !isNaN(data79)))){
const err229 = {instancePath:instancePath+"/captcha/length",schemaPath:"#/properties/captcha/properties/length/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
if(typeof data79 == "number"){
if(data79 > 6 || isNaN(data79)){
const err230 = {instancePath:instancePath+"/captcha/length",schemaPath:"#/properties/captcha/properties/length/maximum",keyword:"maximum",params:{comparison: "<=", limit: 6},message:"must be <= 6"};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
if(data79 < 4 || isNaN(data79)){
const err231 = {instancePath:instancePath+"/captcha/length",schemaPath:"#/properties/captcha/properties/length/minimum",keyword:"minimum",params:{comparison: ">=", limit: 4},message:"must be >= 4"};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
}
let data80 = data77.format;
if(!((data80 === "png") || (data80 === "svg"))){
const err232 = {instancePath:instancePath+"/captcha/format",schemaPath:"#/properties/captcha/properties/format/enum",keyword:"enum",params:{allowedValues: schema11.properties.captcha.properties.format.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
let data81 = data77.width;
if(!((typeof data81 == "number") && (!(data81 % 1) && !isNaN(data81)))){
const err233 = {instancePath:instancePath+"/captcha/width",schemaPath:"#/properties/captcha/properties/width/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
if(typeof data81 == "number"){
if(data81 > 600 || isNaN(data81)){
const err234 = {instancePath:instancePath+"/captcha/width",schemaPath:"#/properties/captcha/properties/width/maximum",keyword:"maximum",params:{comparison: "<=", limit: 600},message:"must be <= 600"};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
if(data81 < 60 || isNaN(data81)){
const err235 = {instancePath:instancePath+"/captcha/width",schemaPath:"#/properties/captcha/properties/width/minimum",keyword:"minimum",params:{comparison: ">=", limit: 60},message:"must be >= 60"};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
}
let data82 = data77.height;
if(!((typeof data82 == "number") && (!(data82 % 1) && !isNaN(data82)))){
const err236 = {instancePath:instancePath+"/captcha/height",schemaPath:"#/properties/captcha/properties/height/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
if(typeof data82 == "number"){
if(data82 > 200 || isNaN(data82)){
const err237 = {instancePath:instancePath+"/captcha/height",schemaPath:"#/properties/captcha/properties/height/maximum",keyword:"maximum",params:{comparison: "<=", limit: 200},message:"must be <= 200"};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
if(data82 < 30 || isNaN(data82)){
const err238 = {instancePath:instancePath+"/captcha/height",schemaPath:"#/properties/captcha/properties/height/minimum",keyword:"minimum",params:{comparison: ">=", limit: 30},message:"must be >= 30"};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
}
if(typeof data77.logCodes !== "boolean"){
const err239 = {instancePath:instancePath+"/captcha/logCodes",schemaPath:"#/properties/captcha/properties/logCodes/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
let data84 = data77.legacySets;
const _errs189 = errors;
let valid26 = false;
const _errs190 = errors;
if(data84 !== null){
const err240 = {instancePath:instancePath+"/captcha/legacySets",schemaPath:"#/properties/captcha/properties/legacySets/anyOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
var _valid3 = _errs190 === errors;
valid26 = valid26 || _valid3;
if(!valid26){
const _errs192 = errors;
if(data84 && typeof data84 == "object" && !Array.isArray(data84)){
if(data84.img === undefined){
const err241 = {instancePath:instancePath+"/captcha/legacySets",schemaPath:"#/properties/captcha/properties/legacySets/anyOf/1/required",keyword:"required",params:{missingProperty: "img"},message:"must have required property '"+"img"+"'"};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
if(data84.sms === undefined){
const err242 = {instancePath:instancePath+"/captcha/legacySets",schemaPath:"#/properties/captcha/properties/legacySets/anyOf/1/required",keyword:"required",params:{missingProperty: "sms"},message:"must have required property '"+"sms"+"'"};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
for(const key14 in data84){
if(!((key14 === "img") || (key14 === "sms"))){
const err243 = {instancePath:instancePath+"/captcha/legacySets",schemaPath:"#/properties/captcha/properties/legacySets/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
}
if(data84.img !== undefined){
let data85 = data84.img;
if(typeof data85 === "string"){
if(func4(data85) < 1){
const err244 = {instancePath:instancePath+"/captcha/legacySets/img",schemaPath:"#/properties/captcha/properties/legacySets/anyOf/1/properties/img/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
}
else {
const err245 = {instancePath:instancePath+"/captcha/legacySets/img",schemaPath:"#/properties/captcha/properties/legacySets/anyOf/1/properties/img/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
}
if(data84.sms !== undefined){
let data86 = data84.sms;
if(typeof data86 === "string"){
if(func4(data86) < 1){
const err246 = {instancePath:instancePath+"/captcha/legacySets/sms",schemaPath:"#/properties/captcha/properties/legacySets/anyOf/1/properties/sms/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
}
else {
const err247 = {instancePath:instancePath+"/captcha/legacySets/sms",schemaPath:"#/properties/captcha/properties/legacySets/anyOf/1/properties/sms/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
}
}
else {
const err248 = {instancePath:instancePath+"/captcha/legacySets",schemaPath:"#/properties/captcha/properties/legacySets/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err248];
}
else {
vErrors.push(err248);
}
errors++;
}
var _valid3 = _errs192 === errors;
valid26 = valid26 || _valid3;
}
if(!valid26){
const err249 = {instancePath:instancePath+"/captcha/legacySets",schemaPath:"#/properties/captcha/properties/legacySets/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
}
else {
errors = _errs189;
if(vErrors !== null){
if(_errs189){
vErrors.length = _errs189;
}
else {
vErrors = null;
}
}
}
}
else {
const err250 = {instancePath:instancePath+"/captcha",schemaPath:"#/properties/captcha/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
let data87 = data.tokens;
if(data87 && typeof data87 == "object" && !Array.isArray(data87)){
if(data87.table === undefined){
data87.table = "tokens";
}
if(data87.tokenColumn === undefined){
data87.tokenColumn = "token";
}
if(data87.userColumn === undefined){
data87.userColumn = "user_id";
}
if(data87.expiresColumn === undefined){
data87.expiresColumn = "expires_at";
}
if(data87.cacheSeconds === undefined){
data87.cacheSeconds = 30;
}
if(data87.table === undefined){
const err251 = {instancePath:instancePath+"/tokens",schemaPath:"#/properties/tokens/required",keyword:"required",params:{missingProperty: "table"},message:"must have required property '"+"table"+"'"};
if(vErrors === null){
vErrors = [err251];
}
else {
vErrors.push(err251);
}
errors++;
}
if(data87.tokenColumn === undefined){
const err252 = {instancePath:instancePath+"/tokens",schemaPath:"#/properties/tokens/required",keyword:"required",params:{missingProperty: "tokenColumn"},message:"must have required property '"+"tokenColumn"+"'"};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
if(data87.userColumn === undefined){
const err253 = {instancePath:instancePath+"/tokens",schemaPath:"#/properties/tokens/required",keyword:"required",params:{missingProperty: "userColumn"},message:"must have required property '"+"userColumn"+"'"};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
if(data87.expiresColumn === undefined){
const err254 = {instancePath:instancePath+"/tokens",schemaPath:"#/properties/tokens/required",keyword:"required",params:{missingProperty: "expiresColumn"},message:"must have required property '"+"expiresColumn"+"'"};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
}
if(data87.cacheSeconds === undefined){
const err255 = {instancePath:instancePath+"/tokens",schemaPath:"#/properties/tokens/required",keyword:"required",params:{missingProperty: "cacheSeconds"},message:"must have required property '"+"cacheSeconds"+"'"};
if(vErrors === null){
vErrors = [err255];
}
else {
vErrors.push(err255);
}
errors++;
}
for(const key15 in data87){
if(!(((((key15 === "table") || (key15 === "tokenColumn")) || (key15 === "userColumn")) || (key15 === "expiresColumn")) || (key15 === "cacheSeconds"))){
const err256 = {instancePath:instancePath+"/tokens",schemaPath:"#/properties/tokens/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
}
let data88 = data87.table;
if(typeof data88 === "string"){
if(!pattern4.test(data88)){
const err257 = {instancePath:instancePath+"/tokens/table",schemaPath:"#/properties/tokens/properties/table/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err257];
}
else {
vErrors.push(err257);
}
errors++;
}
}
else {
const err258 = {instancePath:instancePath+"/tokens/table",schemaPath:"#/properties/tokens/properties/table/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
}
let data89 = data87.tokenColumn;
if(typeof data89 === "string"){
if(!pattern4.test(data89)){
const err259 = {instancePath:instancePath+"/tokens/tokenColumn",schemaPath:"#/properties/tokens/properties/tokenColumn/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err259];
}
else {
vErrors.push(err259);
}
errors++;
}
}
else {
const err260 = {instancePath:instancePath+"/tokens/tokenColumn",schemaPath:"#/properties/tokens/properties/tokenColumn/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err260];
}
else {
vErrors.push(err260);
}
errors++;
}
let data90 = data87.userColumn;
if(typeof data90 === "string"){
if(!pattern4.test(data90)){
const err261 = {instancePath:instancePath+"/tokens/userColumn",schemaPath:"#/properties/tokens/properties/userColumn/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err261];
}
else {
vErrors.push(err261);
}
errors++;
}
}
else {
const err262 = {instancePath:instancePath+"/tokens/userColumn",schemaPath:"#/properties/tokens/properties/userColumn/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err262];
}
else {
vErrors.push(err262);
}
errors++;
}
let data91 = data87.expiresColumn;
if((typeof data91 !== "string") && (data91 !== null)){
const err263 = {instancePath:instancePath+"/tokens/expiresColumn",schemaPath:"#/properties/tokens/properties/expiresColumn/type",keyword:"type",params:{type: schema11.properties.tokens.properties.expiresColumn.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err263];
}
else {
vErrors.push(err263);
}
errors++;
}
if(typeof data91 === "string"){
if(!pattern4.test(data91)){
const err264 = {instancePath:instancePath+"/tokens/expiresColumn",schemaPath:"#/properties/tokens/properties/expiresColumn/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
}
}
let data92 = data87.cacheSeconds;
if(!((typeof data92 == "number") && (!(data92 % 1) && !isNaN(data92)))){
const err265 = {instancePath:instancePath+"/tokens/cacheSeconds",schemaPath:"#/properties/tokens/properties/cacheSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err265];
}
else {
vErrors.push(err265);
}
errors++;
}
if(typeof data92 == "number"){
if(data92 < 0 || isNaN(data92)){
const err266 = {instancePath:instancePath+"/tokens/cacheSeconds",schemaPath:"#/properties/tokens/properties/cacheSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err266];
}
else {
vErrors.push(err266);
}
errors++;
}
}
}
else {
const err267 = {instancePath:instancePath+"/tokens",schemaPath:"#/properties/tokens/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err267];
}
else {
vErrors.push(err267);
}
errors++;
}
let data93 = data.property;
if(data93 && typeof data93 == "object" && !Array.isArray(data93)){
if(data93.defaultLimit === undefined){
data93.defaultLimit = 50;
}
if(data93.maxLimit === undefined){
data93.maxLimit = 200;
}
if(data93.searchTimeoutMs === undefined){
data93.searchTimeoutMs = 5000;
}
if(data93.searchCacheSeconds === undefined){
data93.searchCacheSeconds = 30;
}
if(data93.searchCacheRows === undefined){
data93.searchCacheRows = 10000;
}
if(data93.defaultLimit === undefined){
const err268 = {instancePath:instancePath+"/property",schemaPath:"#/properties/property/required",keyword:"required",params:{missingProperty: "defaultLimit"},message:"must have required property '"+"defaultLimit"+"'"};
if(vErrors === null){
vErrors = [err268];
}
else {
vErrors.push(err268);
}
errors++;
}
if(data93.maxLimit === undefined){
const err269 = {instancePath:instancePath+"/property",schemaPath:"#/properties/property/required",keyword:"required",params:{missingProperty: "maxLimit"},message:"must have required property '"+"maxLimit"+"'"};
if(vErrors === null){
vErrors = [err269];
}
else {
vErrors.push(err269);
}
errors++;
}
if(data93.searchTimeoutMs === undefined){
const err270 = {instancePath:instancePath+"/property",schemaPath:"#/properties/property/required",keyword:"required",params:{missingProperty: "searchTimeoutMs"},message:"must have required property '"+"searchTimeoutMs"+"'"};
if(vErrors === null){
vErrors = [err270];
}
else {
vErrors.push(err270);
}
errors++;
}
if(data93.searchCacheSeconds === undefined){
const err271 = {instancePath:instancePath+"/property",schemaPath:"#/properties/property/required",keyword:"required",params:{missingProperty: "searchCacheSeconds"},message:"must have required property '"+"searchCacheSeconds"+"'"};
if(vErrors === null){
vErrors = [err271];
}
else {
vErrors.push(err271);
}
errors++;
}
if(data93.searchCacheRows === undefined){
const err272 = {instancePath:instancePath+"/property",schemaPath:"#/properties/property/required",keyword:"required",params:{missingProperty: "searchCacheRows"},message:"must have required property '"+"searchCacheRows"+"'"};
if(vErrors === null){
vErrors = [err272];
}
else {
vErrors.push(err272);
}
errors++;
}
for(const key16 in data93){
if(!(((((key16 === "defaultLimit") || (key16 === "maxLimit")) || (key16 === "searchTimeoutMs")) || (key16 === "searchCacheSeconds")) || (key16 === "searchCacheRows"))){
const err273 = {instancePath:instancePath+"/property",schemaPath:"#/properties/property/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err273];
}
else {
vErrors.push(err273);
}
errors++;
}
}
let data94 = data93.defaultLimit;
if(!((typeof data94 == "number") && (!(data94 % 1) && !isNaN(data94)))){
const err274 = {instancePath:instancePath+"/property/defaultLimit",schemaPath:"#/properties/property/properties/defaultLimit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err274];
}
else {
vErrors.push(err274);
}
errors++;
}
if(typeof data94 == "number"){
if(data94 < 1 || isNaN(data94)){
const err275 = {instancePath:instancePath+"/property/defaultLimit",schemaPath:"#/properties/property/properties/defaultLimit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err275];
}
else {
vErrors.push(err275);
}
errors++;
}
}
let data95 = data93.maxLimit;
if(!((typeof data95 == "number") && (!(data95 % 1) && !isNaN(data95)))){
const err276 = {instancePath:instancePath+"/property/maxLimit",schemaPath:"#/properties/property/properties/maxLimit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err276];
}
else {
vErrors.push(err276);
}
errors++;
}
if(typeof data95 == "number"){
if(data95 < 1 || isNaN(data95)){
const err277 = {instancePath:instancePath+"/property/maxLimit",schemaPath:"#/properties/property/properties/maxLimit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err277];
}
else {
vErrors.push(err277);
}
errors++;
}
}
let data96 = data93.searchTimeoutMs;
if(!((typeof data96 == "number") && (!(data96 % 1) && !isNaN(data96)))){
const err278 = {instancePath:instancePath+"/property/searchTimeoutMs",schemaPath:"#/properties/property/properties/searchTimeoutMs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err278];
}
else {
vErrors.push(err278);
}
errors++;
}
if(typeof data96 == "number"){
if(data96 < 100 || isNaN(data96)){
const err279 = {instancePath:instancePath+"/property/searchTimeoutMs",schemaPath:"#/properties/property/properties/searchTimeoutMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100"};
if(vErrors === null){
vErrors = [err279];
}
else {
vErrors.push(err279);
}
errors++;
}
}
let data97 = data93.searchCacheSeconds;
if(!((typeof data97 == "number") && (!(data97 % 1) && !isNaN(data97)))){
const err280 = {instancePath:instancePath+"/property/searchCacheSeconds",schemaPath:"#/properties/property/properties/searchCacheSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err280];
}
else {
vErrors.push(err280);
}
errors++;
}
if(typeof data97 == "number"){
if(data97 < 0 || isNaN(data97)){
const err281 = {instancePath:instancePath+"/property/searchCacheSeconds",schemaPath:"#/properties/property/properties/searchCacheSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err281];
}
else {
vErrors.push(err281);
}
errors++;
}
}
let data98 = data93.searchCacheRows;
if(!((typeof data98 == "number") && (!(data98 % 1) && !isNaN(data98)))){
const err282 = {instancePath:instancePath+"/property/searchCacheRows",schemaPath:"#/properties/property/properties/searchCacheRows/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err282];
}
else {
vErrors.push(err282);
}
errors++;
}
if(typeof data98 == "number"){
if(data98 < 1 || isNaN(data98)){
const err283 = {instancePath:instancePath+"/property/searchCacheRows",schemaPath:"#/properties/property/properties/searchCacheRows/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err283];
}
else {
vErrors.push(err283);
}
errors++;
}
}
}
else {
const err284 = {instancePath:instancePath+"/property",schemaPath:"#/properties/property/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err284];
}
else {
vErrors.push(err284);
}
errors++;
}
let data99 = data.shop;
if(data99 && typeof data99 == "object" && !Array.isArray(data99)){
if(data99.maxPerUser === undefined){
data99.maxPerUser = 3;
}
if(data99.maxPerUser === undefined){
const err285 = {instancePath:instancePath+"/shop",schemaPath:"#/properties/shop/required",keyword:"required",params:{missingProperty: "maxPerUser"},message:"must have required property '"+"maxPerUser"+"'"};
if(vErrors === null){
vErrors = [err285];
}
else {
vErrors.push(err285);
}
errors++;
}
for(const key17 in data99){
if(!(key17 === "maxPerUser")){
const err286 = {instancePath:instancePath+"/shop",schemaPath:"#/properties/shop/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err286];
}
else {
vErrors.push(err286);
}
errors++;
}
}
let data100 = data99.maxPerUser;
if(!((typeof data100 == "number") && (!(data100 % 1) && !isNaN(data100)))){
const err287 = {instancePath:instancePath+"/shop/maxPerUser",schemaPath:"#/properties/shop/properties/maxPerUser/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err287];
}
else {
vErrors.push(err287);
}
errors++;
}
if(typeof data100 == "number"){
if(data100 < 0 || isNaN(data100)){
const err288 = {instancePath:instancePath+"/shop/maxPerUser",schemaPath:"#/properties/shop/properties/maxPerUser/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err288];
}
else {
vErrors.push(err288);
}
errors++;
}
}
}
else {
const err289 = {instancePath:instancePath+"/shop",schemaPath:"#/properties/shop/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err289];
}
else {
vErrors.push(err289);
}
errors++;
}
let data101 = data.metrics;
if(data101 && typeof data101 == "object" && !Array.isArray(data101)){
if(data101.enabled === undefined){
data101.enabled = true;
}
if(data101.token === undefined){
data101.token = "";
}
if(data101.enabled === undefined){
const err290 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/required",keyword:"required",params:{missingProperty: "enabled"},message:"must have required property '"+"enabled"+"'"};
if(vErrors === null){
vErrors = [err290];
}
else {
vErrors.push(err290);
}
errors++;
}
if(data101.token === undefined){
const err291 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/required",keyword:"required",params:{missingProperty: "token"},message:"must have required property '"+"token"+"'"};
if(vErrors === null){
vErrors = [err291];
}
else {
vErrors.push(err291);
}
errors++;
}
for(const key18 in data101){
if(!((key18 === "enabled") || (key18 === "token"))){
const err292 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err292];
}
else {
vErrors.push(err292);
}
errors++;
}
}
if(typeof data101.enabled !== "boolean"){
const err293 = {instancePath:instancePath+"/metrics/enabled",schemaPath:"#/properties/metrics/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err293];
}
else {
vErrors.push(err293);
}
errors++;
}
if(typeof data101.token !== "string"){
const err294 = {instancePath:instancePath+"/metrics/token",schemaPath:"#/properties/metrics/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err294];
}
else {
vErrors.push(err294);
}
errors++;
}
}
else {
const err295 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err295];
}
else {
vErrors.push(err295);
}
errors++;
}
let data104 = data.wallet;
if(data104 && typeof data104 == "object" && !Array.isArray(data104)){
if(data104.table === undefined){
data104.table = "users";
}
if(data104.idColumn === undefined){
data104.idColumn = "id";
}
if(data104.balanceColumn === undefined){
data104.balanceColumn = "wealth";
}
if(data104.nameColumn === undefined){
data104.nameColumn = "name";
}
if(data104.table === undefined){
const err296 = {instancePath:instancePath+"/wallet",schemaPath:"#/properties/wallet/required",keyword:"required",params:{missingProperty: "table"},message:"must have required property '"+"table"+"'"};
if(vErrors === null){
vErrors = [err296];
}
else {
vErrors.push(err296);
}
errors++;
}
if(data104.idColumn === undefined){
const err297 = {instancePath:instancePath+"/wallet",schemaPath:"#/properties/wallet/required",keyword:"required",params:{missingProperty: "idColumn"},message:"must have required property '"+"idColumn"+"'"};
if(vErrors === null){
vErrors = [err297];
}
else {
vErrors.push(err297);
}
errors++;
}
if(data104.balanceColumn === undefined){
const err298 = {instancePath:instancePath+"/wallet",schemaPath:"#/properties/wallet/required",keyword:"required",params:{missingProperty: "balanceColumn"},message:"must have required property '"+"balanceColumn"+"'"};
if(vErrors === null){
vErrors = [err298];
}
else {
vErrors.push(err298);
}
errors++;
}
if(data104.nameColumn === undefined){
const err299 = {instancePath:instancePath+"/wallet",schemaPath:"#/properties/wallet/required",keyword:"required",params:{missingProperty: "nameColumn"},message:"must have required property '"+"nameColumn"+"'"};
if(vErrors === null){
vErrors = [err299];
}
else {
vErrors.push(err299);
}
errors++;
}
for(const key19 in data104){
if(!((((key19 === "table") || (key19 === "idColumn")) || (key19 === "balanceColumn")) || (key19 === "nameColumn"))){
const err300 = {instancePath:instancePath+"/wallet",schemaPath:"#/properties/wallet/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err300];
}
else {
vErrors.push(err300);
}
errors++;
}
}
let data105 = data104.table;
if(typeof data105 === "string"){
if(!pattern4.test(data105)){
const err301 = {instancePath:instancePath+"/wallet/table",schemaPath:"#/properties/wallet/properties/table/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err301];
}
else {
vErrors.push(err301);
}
errors++;
}
}
else {
const err302 = {instancePath:instancePath+"/wallet/table",schemaPath:"#/properties/wallet/properties/table/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err302];
}
else {
vErrors.push(err302);
}
errors++;
}
let data106 = data104.idColumn;
if(typeof data106 === "string"){
if(!pattern4.test(data106)){
const err303 = {instancePath:instancePath+"/wallet/idColumn",schemaPath:"#/properties/wallet/properties/idColumn/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err303];
}
else {
vErrors.push(err303);
}
errors++;
}
}
else {
const err304 = {instancePath:instancePath+"/wallet/idColumn",schemaPath:"#/properties/wallet/properties/idColumn/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err304];
}
else {
vErrors.push(err304);
}
errors++;
}
let data107 = data104.balanceColumn;
if(typeof data107 === "string"){
if(!pattern4.test(data107)){
const err305 = {instancePath:instancePath+"/wallet/balanceColumn",schemaPath:"#/properties/wallet/properties/balanceColumn/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err305];
}
else {
vErrors.push(err305);
}
errors++;
}
}
else {
const err306 = {instancePath:instancePath+"/wallet/balanceColumn",schemaPath:"#/properties/wallet/properties/balanceColumn/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err306];
}
else {
vErrors.push(err306);
}
errors++;
}
let data108 = data104.nameColumn;
if(typeof data108 === "string"){
if(!pattern4.test(data108)){
const err307 = {instancePath:instancePath+"/wallet/nameColumn",schemaPath:"#/properties/wallet/properties/nameColumn/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err307];
}
else {
vErrors.push(err307);
}
errors++;
}
}
else {
const err308 = {instancePath:instancePath+"/wallet/nameColumn",schemaPath:"#/properties/wallet/properties/nameColumn/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err308];
}
else {
vErrors.push(err308);
}
errors++;
}
}
else {
const err309 = {instancePath:instancePath+"/wallet",schemaPath:"#/properties/wallet/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err309];
}
else {
vErrors.push(err309);
}
errors++;
}
let data109 = data.purchase;
if(data109 && typeof data109 == "object" && !Array.isArray(data109)){
if(data109.payMinutes === undefined){
data109.payMinutes = 15;
}
if(data109.sweepSeconds === undefined){
data109.sweepSeconds = 60;
}
if(data109.escrowSeconds === undefined){
data109.escrowSeconds = 604800;
}
if(data109.payMinutes === undefined){
const err310 = {instancePath:instancePath+"/purchase",schemaPath:"#/properties/purchase/required",keyword:"required",params:{missingProperty: "payMinutes"},message:"must have required property '"+"payMinutes"+"'"};
if(vErrors === null){
vErrors = [err310];
}
else {
vErrors.push(err310);
}
errors++;
}
if(data109.sweepSeconds === undefined){
const err311 = {instancePath:instancePath+"/purchase",schemaPath:"#/properties/purchase/required",keyword:"required",params:{missingProperty: "sweepSeconds"},message:"must have required property '"+"sweepSeconds"+"'"};
if(vErrors === null){
vErrors = [err311];
}
else {
vErrors.push(err311);
}
errors++;
}
if(data109.escrowSeconds === undefined){
const err312 = {instancePath:instancePath+"/purchase",schemaPath:"#/properties/purchase/required",keyword:"required",params:{missingProperty: "escrowSeconds"},message:"must have required property '"+"escrowSeconds"+"'"};
if(vErrors === null){
vErrors = [err312];
}
else {
vErrors.push(err312);
}
errors++;
}
for(const key20 in data109){
if(!(((key20 === "payMinutes") || (key20 === "sweepSeconds")) || (key20 === "escrowSeconds"))){
const err313 = {instancePath:instancePath+"/purchase",schemaPath:"#/properties/purchase/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err313];
}
else {
vErrors.push(err313);
}
errors++;
}
}
let data110 = data109.payMinutes;
if(!((typeof data110 == "number") && (!(data110 % 1) && !isNaN(data110)))){
const err314 = {instancePath:instancePath+"/purchase/payMinutes",schemaPath:"#/properties/purchase/properties/payMinutes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err314];
}
else {
vErrors.push(err314);
}
errors++;
}
if(typeof data110 == "number"){
if(data110 < 1 || isNaN(data110)){
const err315 = {instancePath:instancePath+"/purchase/payMinutes",schemaPath:"#/properties/purchase/properties/payMinutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err315];
}
else {
vErrors.push(err315);
}
errors++;
}
}
let data111 = data109.sweepSeconds;
if(!((typeof data111 == "number") && (!(data111 % 1) && !isNaN(data111)))){
const err316 = {instancePath:instancePath+"/purchase/sweepSeconds",schemaPath:"#/properties/purchase/properties/sweepSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err316];
}
else {
vErrors.push(err316);
}
errors++;
}
if(typeof data111 == "number"){
if(data111 < 1 || isNaN(data111)){
const err317 = {instancePath:instancePath+"/purchase/sweepSeconds",schemaPath:"#/properties/purchase/properties/sweepSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err317];
}
else {
vErrors.push(err317);
}
errors++;
}
}
let data112 = data109.escrowSeconds;
if(!((typeof data112 == "number") && (!(data112 % 1) && !isNaN(data112)))){
const err318 = {instancePath:instancePath+"/purchase/escrowSeconds",schemaPath:"#/properties/purchase/properties/escrowSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err318];
}
else {
vErrors.push(err318);
}
errors++;
}
if(typeof data112 == "number"){
if(data112 < 0 || isNaN(data112)){
const err319 = {instancePath:instancePath+"/purchase/escrowSeconds",schemaPath:"#/properties/purchase/properties/escrowSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err319];
}
else {
vErrors.push(err319);
}
errors++;
}
}
}
else {
const err320 = {instancePath:instancePath+"/purchase",schemaPath:"#/properties/purchase/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err320];
}
else {
vErrors.push(err320);
}
errors++;
}
let data113 = data.pic;
if(data113 && typeof data113 == "object" && !Array.isArray(data113)){
if(data113.maxBytes === undefined){
data113.maxBytes = 12582912;
}
if(data113.maxPixels === undefined){
data113.maxPixels = 24000000;
}
if(data113.maxFrames === undefined){
data113.maxFrames = 100;
}
if(data113.maxAnimationPixels === undefined){
data113.maxAnimationPixels = 5000000;
}
if(data113.maxSide === undefined){
data113.maxSide = 2560;
}
if(data113.concurrency === undefined){
data113.concurrency = 0;
}
if(data113.queueLength === undefined){
data113.queueLength = 64;
}
if(data113.uploadsPerMinute === undefined){
data113.uploadsPerMinute = 30;
}
if(data113.maxPerUser === undefined){
data113.maxPerUser = 2000;
}
if(data113.widths === undefined){
data113.widths = [160,320,640];
}
if(data113.maxBytes === undefined){
const err321 = {instancePath:instancePath+"/pic",schemaPath:"#/properties/pic/required",keyword:"required",params:{missingProperty: "maxBytes"},message:"must have required property '"+"maxBytes"+"'"};
if(vErrors === null){
vErrors = [err321];
}
else {
vErrors.push(err321);
}
errors++;
}
if(data113.maxPixels === undefined){
const err322 = {instancePath:instancePath+"/pic",schemaPath:"#/properties/pic/required",keyword:"required",params:{missingProperty: "maxPixels"},message:"must have required property '"+"maxPixels"+"'"};
if(vErrors === null){
vErrors = [err322];
}
else {
vErrors.push(err322);
}
errors++;
}
if(data113.maxFrames === undefined){
const err323 = {instancePath:instancePath+"/pic",schemaPath:"#/properties/pic/required",keyword:"required",params:{missingProperty: "maxFrames"},message:"must have required property '"+"maxFrames"+"'"};
if(vErrors === null){
vErrors = [err323];
}
else {
vErrors.push(err323);
}
errors++;
}
if(data113.maxAnimationPixels === undefined){
const err324 = {instancePath:instancePath+"/pic",schemaPath:"#/properties/pic/required",keyword:"required",params:{missingProperty: "maxAnimationPixels"},message:"must have required property '"+"maxAnimationPixels"+"'"};
if(vErrors === null){
vErrors = [err324];
}
else {
vErrors.push(err324);
}
errors++;
}
if(data113.maxSide === undefined){
const err325 = {instancePath:instancePath+"/pic",schemaPath:"#/properties/pic/required",keyword:"required",params:{missingProperty: "maxSide"},message:"must have required property '"+"maxSide"+"'"};
if(vErrors === null){
vErrors = [err325];
}
else {
vErrors.push(err325);
}
errors++;
}
if(data113.concurrency === undefined){
const err326 = {instancePath:instancePath+"/pic",schemaPath:"#/properties/pic/required",keyword:"required",params:{missingProperty: "concurrency"},message:"must have required property '"+"concurrency"+"'"};
if(vErrors === null){
vErrors = [err326];
}
else {
vErrors.push(err326);
}
errors++;
}
if(data113.queueLength === undefined){
const err327 = {instancePath:instancePath+"/pic",schemaPath:"#/properties/pic/required",keyword:"required",params:{missingProperty: "queueLength"},message:"must have required property '"+"queueLength"+"'"};
if(vErrors === null){
vErrors = [err327];
}
else {
vErrors.push(err327);
}
errors++;
}
if(data113.uploadsPerMinute === undefined){
const err328 = {instancePath:instancePath+"/pic",schemaPath:"#/properties/pic/required",keyword:"required",params:{missingProperty: "uploadsPerMinute"},message:"must have required property '"+"uploadsPerMinute"+"'"};
if(vErrors === null){
vErrors = [err328];
}
else {
vErrors.push(err328);
}
errors++;
}
if(data113.maxPerUser === undefined){
const err329 = {instancePath:instancePath+"/pic",schemaPath:"#/properties/pic/required",keyword:"required",params:{missingProperty: "maxPerUser"},message:"must have required property '"+"maxPerUser"+"'"};
if(vErrors === null){
vErrors = [err329];
}
else {
vErrors.push(err329);
}
errors++;
}
if(data113.widths === undefined){
const err330 = {instancePath:instancePath+"/pic",schemaPath:"#/properties/pic/required",keyword:"required",params:{missingProperty: "widths"},message:"must have required property '"+"widths"+"'"};
if(vErrors === null){
vErrors = [err330];
}
else {
vErrors.push(err330);
}
errors++;
}
for(const key21 in data113){
if(!(func2.call(schema11.properties.pic.properties, key21))){
const err331 = {instancePath:instancePath+"/pic",schemaPath:"#/properties/pic/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err331];
}
else {
vErrors.push(err331);
}
errors++;
}
}
let data114 = data113.maxBytes;
if(!((typeof data114 == "number") && (!(data114 % 1) && !isNaN(data114)))){
const err332 = {instancePath:instancePath+"/pic/maxBytes",schemaPath:"#/properties/pic/properties/maxBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err332];
}
else {
vErrors.push(err332);
}
errors++;
}
if(typeof data114 == "number"){
if(data114 < 1 || isNaN(data114)){
const err333 = {instancePath:instancePath+"/pic/maxBytes",schemaPath:"#/properties/pic/properties/maxBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err333];
}
else {
vErrors.push(err333);
}
errors++;
}
}
let data115 = data113.maxPixels;
if(!((typeof data115 == "number") && (!(data115 % 1) && !isNaN(data115)))){
const err334 = {instancePath:instancePath+"/pic/maxPixels",schemaPath:"#/properties/pic/properties/maxPixels/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err334];
}
else {
vErrors.push(err334);
}
errors++;
}
if(typeof data115 == "number"){
if(data115 < 1 || isNaN(data115)){
const err335 = {instancePath:instancePath+"/pic/maxPixels",schemaPath:"#/properties/pic/properties/maxPixels/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err335];
}
else {
vErrors.push(err335);
}
errors++;
}
}
let data116 = data113.maxFrames;
if(!((typeof data116 == "number") && (!(data116 % 1) && !isNaN(data116)))){
const err336 = {instancePath:instancePath+"/pic/maxFrames",schemaPath:"#/properties/pic/properties/maxFrames/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err336];
}
else {
vErrors.push(err336);
}
errors++;
}
if(typeof data116 == "number"){
if(data116 < 1 || isNaN(data116)){
const err337 = {instancePath:instancePath+"/pic/maxFrames",schemaPath:"#/properties/pic/properties/maxFrames/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err337];
}
else {
vErrors.push(err337);
}
errors++;
}
}
let data117 = data113.maxAnimationPixels;
if(!((typeof data117 == "number") && (!(data117 % 1) && !isNaN(data117)))){
const err338 = {instancePath:instancePath+"/pic/maxAnimationPixels",schemaPath:"#/properties/pic/properties/maxAnimationPixels/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err338];
}
else {
vErrors.push(err338);
}
errors++;
}
if(typeof data117 == "number"){
if(data117 < 1 || isNaN(data117)){
const err339 = {instancePath:instancePath+"/pic/maxAnimationPixels",schemaPath:"#/properties/pic/properties/maxAnimationPixels/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err339];
}
else {
vErrors.push(err339);
}
errors++;
}
}
let data118 = data113.maxSide;
if(!((typeof data118 == "number") && (!(data118 % 1) && !isNaN(data118)))){
const err340 = {instancePath:instancePath+"/pic/maxSide",schemaPath:"#/properties/pic/properties/maxSide/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err340];
}
else {
vErrors.push(err340);
}
errors++;
}
if(typeof data118 == "number"){
if(data118 > 16384 || isNaN(data118)){
const err341 = {instancePath:instancePath+"/pic/maxSide",schemaPath:"#/properties/pic/properties/maxSide/maximum",keyword:"maximum",params:{comparison: "<=", limit: 16384},message:"must be <= 16384"};
if(vErrors === null){
vErrors = [err341];
}
else {
vErrors.push(err341);
}
errors++;
}
if(data118 < 16 || isNaN(data118)){
const err342 = {instancePath:instancePath+"/pic/maxSide",schemaPath:"#/properties/pic/properties/maxSide/minimum",keyword:"minimum",params:{comparison: ">=", limit: 16},message:"must be >= 16"};
if(vErrors === null){
vErrors = [err342];
}
else {
vErrors.push(err342);
}
errors++;
}
}
let data119 = data113.concurrency;
if(!((typeof data119 == "number") && (!(data119 % 1) && !isNaN(data119)))){
const err343 = {instancePath:instancePath+"/pic/concurrency",schemaPath:"#/properties/pic/properties/concurrency/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err343];
}
else {
vErrors.push(err343);
}
errors++;
}
if(typeof data119 == "number"){
if(data119 > 256 || isNaN(data119)){
const err344 = {instancePath:instancePath+"/pic/concurrency",schemaPath:"#/properties/pic/properties/concurrency/maximum",keyword:"maximum",params:{comparison: "<=", limit: 256},message:"must be <= 256"};
if(vErrors === null){
vErrors = [err344];
}
else {
vErrors.push(err344);
}
errors++;
}
if(data119 < 0 || isNaN(data119)){
const err345 = {instancePath:instancePath+"/pic/concurrency",schemaPath:"#/properties/pic/properties/concurrency/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err345];
}
else {
vErrors.push(err345);
}
errors++;
}
}
let data120 = data113.queueLength;
if(!((typeof data120 == "number") && (!(data120 % 1) && !isNaN(data120)))){
const err346 = {instancePath:instancePath+"/pic/queueLength",schemaPath:"#/properties/pic/properties/queueLength/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err346];
}
else {
vErrors.push(err346);
}
errors++;
}
if(typeof data120 == "number"){
if(data120 < 0 || isNaN(data120)){
const err347 = {instancePath:instancePath+"/pic/queueLength",schemaPath:"#/properties/pic/properties/queueLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err347];
}
else {
vErrors.push(err347);
}
errors++;
}
}
let data121 = data113.uploadsPerMinute;
if(!((typeof data121 == "number") && (!(data121 % 1) && !isNaN(data121)))){
const err348 = {instancePath:instancePath+"/pic/uploadsPerMinute",schemaPath:"#/properties/pic/properties/uploadsPerMinute/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err348];
}
else {
vErrors.push(err348);
}
errors++;
}
if(typeof data121 == "number"){
if(data121 < 1 || isNaN(data121)){
const err349 = {instancePath:instancePath+"/pic/uploadsPerMinute",schemaPath:"#/properties/pic/properties/uploadsPerMinute/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err349];
}
else {
vErrors.push(err349);
}
errors++;
}
}
let data122 = data113.maxPerUser;
if(!((typeof data122 == "number") && (!(data122 % 1) && !isNaN(data122)))){
const err350 = {instancePath:instancePath+"/pic/maxPerUser",schemaPath:"#/properties/pic/properties/maxPerUser/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err350];
}
else {
vErrors.push(err350);
}
errors++;
}
if(typeof data122 == "number"){
if(data122 < 0 || isNaN(data122)){
const err351 = {instancePath:instancePath+"/pic/maxPerUser",schemaPath:"#/properties/pic/properties/maxPerUser/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err351];
}
else {
vErrors.push(err351);
}
errors++;
}
}
let data123 = data113.widths;
if(Array.isArray(data123)){
if(data123.length < 1){
const err352 = {instancePath:instancePath+"/pic/widths",schemaPath:"#/properties/pic/properties/widths/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err352];
}
else {
vErrors.push(err352);
}
errors++;
}
const len4 = data123.length;
for(let i5=0; i5<len4; i5++){
let data124 = data123[i5];
if(!((typeof data124 == "number") && (!(data124 % 1) && !isNaN(data124)))){
const err353 = {instancePath:instancePath+"/pic/widths/" + i5,schemaPath:"#/properties/pic/properties/widths/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err353];
}
else {
vErrors.push(err353);
}
errors++;
}
if(typeof data124 == "number"){
if(data124 > 4096 || isNaN(data124)){
const err354 = {instancePath:instancePath+"/pic/widths/" + i5,schemaPath:"#/properties/pic/properties/widths/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4096},message:"must be <= 4096"};
if(vErrors === null){
vErrors = [err354];
}
else {
vErrors.push(err354);
}
errors++;
}
if(data124 < 16 || isNaN(data124)){
const err355 = {instancePath:instancePath+"/pic/widths/" + i5,schemaPath:"#/properties/pic/properties/widths/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 16},message:"must be >= 16"};
if(vErrors === null){
vErrors = [err355];
}
else {
vErrors.push(err355);
}
errors++;
}
}
}
let i6 = data123.length;
let j1;
if(i6 > 1){
const indices1 = {};
for(;i6--;){
let item1 = data123[i6];
if(!((typeof item1 == "number") && (!(item1 % 1) && !isNaN(item1)))){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err356 = {instancePath:instancePath+"/pic/widths",schemaPath:"#/properties/pic/properties/widths/uniqueItems",keyword:"uniqueItems",params:{i: i6, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i6+" are identical)"};
if(vErrors === null){
vErrors = [err356];
}
else {
vErrors.push(err356);
}
errors++;
break;
}
indices1[item1] = i6;
}
}
}
else {
const err357 = {instancePath:instancePath+"/pic/widths",schemaPath:"#/properties/pic/properties/widths/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err357];
}
else {
vErrors.push(err357);
}
errors++;
}
}
else {
const err358 = {instancePath:instancePath+"/pic",schemaPath:"#/properties/pic/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err358];
}
else {
vErrors.push(err358);
}
errors++;
}
let data125 = data.portrait;
if(data125 && typeof data125 == "object" && !Array.isArray(data125)){
if(data125.allowedOrigins === undefined){
data125.allowedOrigins = ["https://www.zustservice.cn"];
}
if(data125.allowMissingReferer === undefined){
data125.allowMissingReferer = true;
}
if(data125.cacheSeconds === undefined){
data125.cacheSeconds = 300;
}
if(data125.allowedOrigins === undefined){
const err359 = {instancePath:instancePath+"/portrait",schemaPath:"#/properties/portrait/required",keyword:"required",params:{missingProperty: "allowedOrigins"},message:"must have required property '"+"allowedOrigins"+"'"};
if(vErrors === null){
vErrors = [err359];
}
else {
vErrors.push(err359);
}
errors++;
}
if(data125.allowMissingReferer === undefined){
const err360 = {instancePath:instancePath+"/portrait",schemaPath:"#/properties/portrait/required",keyword:"required",params:{missingProperty: "allowMissingReferer"},message:"must have required property '"+"allowMissingReferer"+"'"};
if(vErrors === null){
vErrors = [err360];
}
else {
vErrors.push(err360);
}
errors++;
}
if(data125.cacheSeconds === undefined){
const err361 = {instancePath:instancePath+"/portrait",schemaPath:"#/properties/portrait/required",keyword:"required",params:{missingProperty: "cacheSeconds"},message:"must have required property '"+"cacheSeconds"+"'"};
if(vErrors === null){
vErrors = [err361];
}
else {
vErrors.push(err361);
}
errors++;
}
for(const key22 in data125){
if(!((((key22 === "maxBytes") || (key22 === "allowedOrigins")) || (key22 === "allowMissingReferer")) || (key22 === "cacheSeconds"))){
const err362 = {instancePath:instancePath+"/portrait",schemaPath:"#/properties/portrait/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err362];
}
else {
vErrors.push(err362);
}
errors++;
}
}
if(data125.maxBytes !== undefined){
let data126 = data125.maxBytes;
if(!((typeof data126 == "number") && (!(data126 % 1) && !isNaN(data126)))){
const err363 = {instancePath:instancePath+"/portrait/maxBytes",schemaPath:"#/properties/portrait/properties/maxBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err363];
}
else {
vErrors.push(err363);
}
errors++;
}
if(typeof data126 == "number"){
if(data126 < 1 || isNaN(data126)){
const err364 = {instancePath:instancePath+"/portrait/maxBytes",schemaPath:"#/properties/portrait/properties/maxBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err364];
}
else {
vErrors.push(err364);
}
errors++;
}
}
}
let data127 = data125.allowedOrigins;
if(Array.isArray(data127)){
const len5 = data127.length;
for(let i7=0; i7<len5; i7++){
if(typeof data127[i7] !== "string"){
const err365 = {instancePath:instancePath+"/portrait/allowedOrigins/" + i7,schemaPath:"#/properties/portrait/properties/allowedOrigins/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err365];
}
else {
vErrors.push(err365);
}
errors++;
}
}
}
else {
const err366 = {instancePath:instancePath+"/portrait/allowedOrigins",schemaPath:"#/properties/portrait/properties/allowedOrigins/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err366];
}
else {
vErrors.push(err366);
}
errors++;
}
if(typeof data125.allowMissingReferer !== "boolean"){
const err367 = {instancePath:instancePath+"/portrait/allowMissingReferer",schemaPath:"#/properties/portrait/properties/allowMissingReferer/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err367];
}
else {
vErrors.push(err367);
}
errors++;
}
let data130 = data125.cacheSeconds;
if(!((typeof data130 == "number") && (!(data130 % 1) && !isNaN(data130)))){
const err368 = {instancePath:instancePath+"/portrait/cacheSeconds",schemaPath:"#/properties/portrait/properties/cacheSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err368];
}
else {
vErrors.push(err368);
}
errors++;
}
if(typeof data130 == "number"){
if(data130 < 0 || isNaN(data130)){
const err369 = {instancePath:instancePath+"/portrait/cacheSeconds",schemaPath:"#/properties/portrait/properties/cacheSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err369];
}
else {
vErrors.push(err369);
}
errors++;
}
}
}
else {
const err370 = {instancePath:instancePath+"/portrait",schemaPath:"#/properties/portrait/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err370];
}
else {
vErrors.push(err370);
}
errors++;
}
}
else {
const err371 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err371];
}
else {
vErrors.push(err371);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

