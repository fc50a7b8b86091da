// Generated from schemas/*.json by `npm run schema-types`: do not edit by hand.
/* eslint-disable */
// @ts-nocheck
import { schemaFormats } from '../schema-formats.js';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);

export const file0 = validate12;
const schema13 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"answer.fields.json","title":"Answer fields","description":"Definitions shared by the answers' schemas: what the service answers as data on success (status 0).","definitions":{"nothing":{"description":"No data: {}.","type":"object","additionalProperties":false,"maxProperties":0},"url":{"type":"object","additionalProperties":false,"required":["url"],"properties":{"url":{"description":"Where the picture is served: <public base>/api/external/get/…","type":"string"}}},"uid":{"type":"object","additionalProperties":false,"required":["uid"],"properties":{"uid":{"description":"The notice's id.","type":"integer"}}},"yuan":{"description":"Yuan, exact to the cent (a JSON number).","type":"number"},"datetime":{"description":"\"YYYY-MM-DD HH:MM:SS\" in the service's time zone.","type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"},"userId":{"description":"A user id (1 to 15 digits); null for an owner that is no user id, in rows adopted from the original.","type":["integer","null"]},"shop":{"type":"object","additionalProperties":false,"required":["shop_id","shop_name","shop_content","user_id","user_name","creat_time","pic_url"],"properties":{"shop_id":{"type":"integer"},"shop_name":{"type":"string"},"shop_content":{"type":"string"},"user_id":{"$ref":"#/definitions/userId"},"user_name":{"description":"The owner's name in the account service's users table; \"\" when it has none.","type":"string"},"creat_time":{"$ref":"#/definitions/datetime"},"pic_url":{"type":"string"}}},"product":{"type":"object","additionalProperties":false,"required":["product_id","product_name","product_content","product_key","product_price","product_disprice","product_sale","product_click","product_collection","shop_id","creat_time","update_time","pic_url","product_status"],"properties":{"product_id":{"type":"integer"},"product_name":{"type":"string"},"product_content":{"type":"string"},"product_key":{"type":"string"},"product_price":{"$ref":"#/definitions/yuan"},"product_disprice":{"description":"The discounted price; null when there is none.","type":["number","null"]},"product_sale":{"type":"integer"},"product_click":{"type":"integer"},"product_collection":{"type":"integer"},"shop_id":{"type":"integer"},"creat_time":{"$ref":"#/definitions/datetime"},"update_time":{"$ref":"#/definitions/datetime"},"pic_url":{"type":"string"},"product_status":{"description":"0 off sale, 1 on sale, 2 deleted.","type":"integer","enum":[0,1,2]}}},"purchaseState":{"description":"paying, finish or cancel (an unpaid purchase past its deadline is cancel).","type":"string","enum":["paying","finish","cancel"]},"settleState":{"description":"What became of the money a payment holds: \"\" until paid, then held (until the buyer confirms, the seller refunds, the buyer disputes, or release_at), disputed (held until the buyer confirms, the seller refunds or the operator decides), released (the seller was credited) or refunded (the buyer was credited back).","type":"string","enum":["","held","disputed","released","refunded"]},"releaseAt":{"description":"When held money goes to the seller if nobody acts first (pay time + purchase.escrowSeconds); \"\" unless held (disputed included).","oneOf":[{"$ref":"#/definitions/datetime"},{"type":"string","maxLength":0}]},"purchaseId":{"description":"17 digits.","type":"string","pattern":"^[0-9]{17}$"}}};

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="answer.fields.json" */;
validate12.errors = null;
return true;
}

export const file1 = validate13;
const schema14 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"envelope.json","title":"Request envelope","description":"Every POST carries one. A missing type, subtype or data answers -1; a value of the wrong kind, or an unknown (type, subtype), answers -2. status is ignored on requests.","type":"object","required":["type","subtype","data"],"properties":{"id":{"description":"Echoed back: an integer as is, a string of digits as that integer, anything else as -1.","type":["integer","string"]},"status":{"description":"Send 0.","type":"integer"},"type":{"type":"string"},"subtype":{"type":"string"},"data":{"type":"object"}}};

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="envelope.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.type === undefined) && (missing0 = "type")) || ((data.subtype === undefined) && (missing0 = "subtype"))) || ((data.data === undefined) && (missing0 = "data"))){
validate13.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema14.required,parentSchema:schema14,data}];
return false;
}
else {
if(data.id !== undefined){
let data0 = data.id;
const _errs1 = errors;
if((!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) && (typeof data0 !== "string")){
validate13.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: schema14.properties.id.type},message:"must be integer,string",schema:schema14.properties.id.type,parentSchema:schema14.properties.id,data:data0}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
let data1 = data.status;
const _errs3 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate13.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.properties.status.type,parentSchema:schema14.properties.status,data:data1}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
let data2 = data.type;
const _errs5 = errors;
if(typeof data2 !== "string"){
validate13.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.type.type,parentSchema:schema14.properties.type,data:data2}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.subtype !== undefined){
let data3 = data.subtype;
const _errs7 = errors;
if(typeof data3 !== "string"){
validate13.errors = [{instancePath:instancePath+"/subtype",schemaPath:"#/properties/subtype/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.subtype.type,parentSchema:schema14.properties.subtype,data:data3}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
let data4 = data.data;
const _errs9 = errors;
if(!(data4 && typeof data4 == "object" && !Array.isArray(data4))){
validate13.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.properties.data.type,parentSchema:schema14.properties.data,data:data4}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate13.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.type,parentSchema:schema14,data}];
return false;
}
}
validate13.errors = vErrors;
return errors === 0;
}

export const file2 = validate14;
const schema15 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"img.generate.answer.json","title":"img/generate answer","description":"The captcha image and its rand.","examples":[{"imgdata":"iVBORw0KGgoAAAANSUhEUgAAAJYAAAAyCAMAAACJUtIoAAAA…","rand":"N1zjBXvX","mime":"image/png"}],"type":"object","additionalProperties":false,"required":["imgdata","rand","mime"],"properties":{"imgdata":{"description":"The image, base64 without a data: prefix.","type":"string"},"rand":{"description":"The random text the hash is made with: md5(lowercase(code) + rand).","type":"string","minLength":5},"mime":{"type":"string","enum":["image/png","image/svg+xml"]}}};
const func2 = require("ajv/dist/runtime/ucs2length").default;

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="img.generate.answer.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.imgdata === undefined) && (missing0 = "imgdata")) || ((data.rand === undefined) && (missing0 = "rand"))) || ((data.mime === undefined) && (missing0 = "mime"))){
validate14.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema15.required,parentSchema:schema15,data}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "imgdata") || (key0 === "rand")) || (key0 === "mime"))){
validate14.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema15,data}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.imgdata !== undefined){
let data0 = data.imgdata;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate14.errors = [{instancePath:instancePath+"/imgdata",schemaPath:"#/properties/imgdata/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.imgdata.type,parentSchema:schema15.properties.imgdata,data:data0}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.rand !== undefined){
let data1 = data.rand;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func2(data1) < 5){
validate14.errors = [{instancePath:instancePath+"/rand",schemaPath:"#/properties/rand/minLength",keyword:"minLength",params:{limit: 5},message:"must NOT have fewer than 5 characters",schema:5,parentSchema:schema15.properties.rand,data:data1}];
return false;
}
}
else {
validate14.errors = [{instancePath:instancePath+"/rand",schemaPath:"#/properties/rand/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.rand.type,parentSchema:schema15.properties.rand,data:data1}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.mime !== undefined){
let data2 = data.mime;
const _errs6 = errors;
if(typeof data2 !== "string"){
validate14.errors = [{instancePath:instancePath+"/mime",schemaPath:"#/properties/mime/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.mime.type,parentSchema:schema15.properties.mime,data:data2}];
return false;
}
if(!((data2 === "image/png") || (data2 === "image/svg+xml"))){
validate14.errors = [{instancePath:instancePath+"/mime",schemaPath:"#/properties/mime/enum",keyword:"enum",params:{allowedValues: schema15.properties.mime.enum},message:"must be equal to one of the allowed values",schema:schema15.properties.mime.enum,parentSchema:schema15.properties.mime,data:data2}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate14.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data}];
return false;
}
}
validate14.errors = vErrors;
return errors === 0;
}

export const file3 = validate15;
const schema16 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"img.generate.json","title":"img/generate data","description":"Draws an image captcha. Answers {imgdata: base64 image, rand, mime}; hash = md5(lowercase(code) + rand).","x-type-name":"图片验证码 · image captcha","examples":[{}],"type":"object","additionalProperties":false,"properties":{}};

function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="img.generate.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
validate15.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema16,data}];
return false;
break;
}
}
else {
validate15.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.type,parentSchema:schema16,data}];
return false;
}
}
validate15.errors = vErrors;
return errors === 0;
}

export const file4 = validate16;
const schema17 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"img.validate.answer.json","title":"img/validate answer","description":"Nothing: {}.","examples":[{}],"$ref":"answer.fields.json#/definitions/nothing"};
const schema18 = {"description":"No data: {}.","type":"object","additionalProperties":false,"maxProperties":0};

function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="img.validate.answer.json" */;
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(errors === _errs0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 0){
validate16.errors = [{instancePath,schemaPath:"answer.fields.json#/definitions/nothing/maxProperties",keyword:"maxProperties",params:{limit: 0},message:"must NOT have more than 0 properties",schema:0,parentSchema:schema18,data}];
return false;
}
else {
for(const key0 in data){
validate16.errors = [{instancePath,schemaPath:"answer.fields.json#/definitions/nothing/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema18,data}];
return false;
break;
}
}
}
else {
validate16.errors = [{instancePath,schemaPath:"answer.fields.json#/definitions/nothing/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema18.type,parentSchema:schema18,data}];
return false;
}
}
validate16.errors = vErrors;
return errors === 0;
}

export const file5 = validate17;
const schema19 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"img.validate.json","title":"img/validate data","description":"Consumes an image-captcha hash: 0 the first time, -1 when it is wrong, used or expired.","x-type-name":"图片验证码 · image captcha","examples":[{"hash":"b86d156abfbdb6723be6589079173ce1"}],"type":"object","required":["hash"],"additionalProperties":false,"properties":{"hash":{"type":"string","maxLength":64,"x-status":"imgHashMismatch"}}};

function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="img.validate.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.hash === undefined) && (missing0 = "hash")){
validate17.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema19.required,parentSchema:schema19,data}];
return false;
}
else {
const _errs2 = errors;
for(const key0 in data){
if(!(key0 === "hash")){
validate17.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema19,data}];
return false;
break;
}
}
if(_errs2 === errors){
if(data.hash !== undefined){
let data0 = data.hash;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(func2(data0) > 64){
validate17.errors = [{instancePath:instancePath+"/hash",schemaPath:"#/properties/hash/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema19.properties.hash,data:data0}];
return false;
}
}
else {
validate17.errors = [{instancePath:instancePath+"/hash",schemaPath:"#/properties/hash/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.hash.type,parentSchema:schema19.properties.hash,data:data0}];
return false;
}
}
}
}
}
}
else {
validate17.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.type,parentSchema:schema19,data}];
return false;
}
}
validate17.errors = vErrors;
return errors === 0;
}

export const file6 = validate18;
const schema20 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"pic.upload.answer.json","title":"pic/upload answer","description":"The picture's URL.","examples":[{"url":"https://www.zustservice.cn/api/external/get/pic/shop/front"}],"$ref":"answer.fields.json#/definitions/url"};
const schema21 = {"type":"object","additionalProperties":false,"required":["url"],"properties":{"url":{"description":"Where the picture is served: <public base>/api/external/get/…","type":"string"}}};

function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="pic.upload.answer.json" */;
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(errors === _errs0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.url === undefined) && (missing0 = "url")){
validate18.errors = [{instancePath,schemaPath:"answer.fields.json#/definitions/url/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema21.required,parentSchema:schema21,data}];
return false;
}
else {
const _errs2 = errors;
for(const key0 in data){
if(!(key0 === "url")){
validate18.errors = [{instancePath,schemaPath:"answer.fields.json#/definitions/url/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema21,data}];
return false;
break;
}
}
if(_errs2 === errors){
if(data.url !== undefined){
let data0 = data.url;
if(typeof data0 !== "string"){
validate18.errors = [{instancePath:instancePath+"/url",schemaPath:"answer.fields.json#/definitions/url/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.url.type,parentSchema:schema21.properties.url,data:data0}];
return false;
}
}
}
}
}
else {
validate18.errors = [{instancePath,schemaPath:"answer.fields.json#/definitions/url/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.type,parentSchema:schema21,data}];
return false;
}
}
validate18.errors = vErrors;
return errors === 0;
}

export const file7 = validate19;
const schema22 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"pic.upload.json","title":"pic/upload data","description":"Stores a picture. Answers {url}: <public base>/api/external/get/pic/<from>/<name>. The type is taken from the bytes (PNG, JPEG, GIF or WebP; anything else -204); at most pic.maxBytes (12 MiB) decoded (-204, naming the limit); neither base64 nor a file part -202; not base64 -203. The picture is decoded and encoded again in its format, upright and without metadata (EXIF, GPS, XMP, comments): one that does not decode, has more than pic.maxPixels pixels (24 million, all frames together) or more than pic.maxFrames frames (100), or is an animation of more than pic.maxAnimationPixels (5 million: frames times a frame's pixels) is -204, naming what was exceeded and the limit; a picture whose longer side passes pic.maxSide (2560) is stored scaled down to it. Uploads are also sent as multipart/form-data to the /pic path: fields id, type, subtype, data (this object as JSON text, without base64) and the part \"file\". A user uploads at most pic.uploadsPerMinute (30) pictures a minute (-405) and stores at most pic.maxPerUser (2000) names (101 \"Too many pictures\"; replacing one of one's own does not count); -405 too when too many pictures wait to be processed. A picture under an explicit name belongs to its first uploader, who may replace it; anyone else gets 100 \"The picture name was used\". Without a name it is named by the MD5 of the uploaded bytes, and a second upload of the same bytes changes nothing; an explicit name of 32 hexadecimal digits is -204 (those names are the service's). from \"portrait\" is the caller's avatar: name, if given, must be the caller's user id. -500 when storage fails (nothing is left half-stored).","x-type-name":"图片 · pictures","examples":[{"from":"shop","name":"front","base64":"iVBORw0KGgoAAAANSUhEUgAA…"}],"type":"object","required":["from"],"properties":{"from":{"description":"What the picture is for.","type":"string","enum":["property","shop","product","portrait"]},"base64":{"description":"The picture, base64 (a data:image/...;base64, prefix is allowed): required in a JSON body; in a multipart/form-data body the picture is the part \"file\" instead, and base64 is not given.","type":"string","minLength":1},"name":{"description":"1 to 64 letters, digits, _ or -, but not 32 hexadecimal digits (the names the service gives: the lowercase hex MD5 of the uploaded bytes, when name is missing).","type":"string","pattern":"^[A-Za-z0-9_-]{1,64}$","not":{"pattern":"^[0-9A-Fa-f]{32}$"}}}};
const pattern0 = new RegExp("^[0-9A-Fa-f]{32}$", "u");
const pattern1 = new RegExp("^[A-Za-z0-9_-]{1,64}$", "u");

function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="pic.upload.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.from === undefined) && (missing0 = "from")){
validate19.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema22.required,parentSchema:schema22,data}];
return false;
}
else {
if(data.from !== undefined){
let data0 = data.from;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate19.errors = [{instancePath:instancePath+"/from",schemaPath:"#/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.from.type,parentSchema:schema22.properties.from,data:data0}];
return false;
}
if(!((((data0 === "property") || (data0 === "shop")) || (data0 === "product")) || (data0 === "portrait"))){
validate19.errors = [{instancePath:instancePath+"/from",schemaPath:"#/properties/from/enum",keyword:"enum",params:{allowedValues: schema22.properties.from.enum},message:"must be equal to one of the allowed values",schema:schema22.properties.from.enum,parentSchema:schema22.properties.from,data:data0}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.base64 !== undefined){
let data1 = data.base64;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func2(data1) < 1){
validate19.errors = [{instancePath:instancePath+"/base64",schemaPath:"#/properties/base64/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema22.properties.base64,data:data1}];
return false;
}
}
else {
validate19.errors = [{instancePath:instancePath+"/base64",schemaPath:"#/properties/base64/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.base64.type,parentSchema:schema22.properties.base64,data:data1}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
let data2 = data.name;
const _errs6 = errors;
const _errs8 = errors;
const _errs9 = errors;
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var valid1 = _errs9 === errors;
if(valid1){
validate19.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema22.properties.name.not,parentSchema:schema22.properties.name,data:data2}];
return false;
}
else {
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
}
if(errors === _errs6){
if(typeof data2 === "string"){
if(!pattern1.test(data2)){
validate19.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,64}$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{1,64}$"+"\"",schema:"^[A-Za-z0-9_-]{1,64}$",parentSchema:schema22.properties.name,data:data2}];
return false;
}
}
else {
validate19.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema22.properties.name.type,parentSchema:schema22.properties.name,data:data2}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate19.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.type,parentSchema:schema22,data}];
return false;
}
}
validate19.errors = vErrors;
return errors === 0;
}

export const file8 = validate20;
const schema23 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"portrait.upload.answer.json","title":"portrait/upload answer","description":"The picture's URL.","examples":[{"url":"https://www.zustservice.cn/api/external/get/portrait/1180310086"}],"$ref":"answer.fields.json#/definitions/url"};

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="portrait.upload.answer.json" */;
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(errors === _errs0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.url === undefined) && (missing0 = "url")){
validate20.errors = [{instancePath,schemaPath:"answer.fields.json#/definitions/url/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema21.required,parentSchema:schema21,data}];
return false;
}
else {
const _errs2 = errors;
for(const key0 in data){
if(!(key0 === "url")){
validate20.errors = [{instancePath,schemaPath:"answer.fields.json#/definitions/url/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema21,data}];
return false;
break;
}
}
if(_errs2 === errors){
if(data.url !== undefined){
let data0 = data.url;
if(typeof data0 !== "string"){
validate20.errors = [{instancePath:instancePath+"/url",schemaPath:"answer.fields.json#/definitions/url/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.url.type,parentSchema:schema21.properties.url,data:data0}];
return false;
}
}
}
}
}
else {
validate20.errors = [{instancePath,schemaPath:"answer.fields.json#/definitions/url/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.type,parentSchema:schema21,data}];
return false;
}
}
validate20.errors = vErrors;
return errors === 0;
}

export const file9 = validate21;
const schema25 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"portrait.upload.json","title":"portrait/upload data","description":"Stores the token user's avatar. Answers {url}. base64 may carry a data:image/...;base64, prefix; at most pic.maxBytes (12 MiB) decoded, or sent as multipart/form-data to the /portrait path (fields id, type, subtype, data as JSON text without base64, and the part \"file\"); type png, jpg, jpeg, gif or webp and the bytes must be that format (no SVG, no HTML). The image is decoded and encoded again in its format, upright and without metadata (EXIF, GPS, XMP, comments); one that does not decode, has more than pic.maxPixels pixels (24 million, all frames together) or more than pic.maxFrames frames (100), or is an animation of more than pic.maxAnimationPixels (5 million) is -204; one whose longer side passes pic.maxSide (2560) is stored scaled down to it. At most pic.uploadsPerMinute (30) uploads a user a minute (-405). -202 neither base64 nor a file part; -203 not base64; -204 too large, wrong format, or an id that is not the token's user; -500 storage failure.","x-type-name":"头像 · avatar","examples":[{"id":"1180310086","type":"png","base64":"iVBORw0KGgoAAAANSUhEUgAA…"}],"type":"object","required":["id","type"],"properties":{"id":{"description":"The user id: must be the token's user.","type":["string","integer"],"minimum":1,"allOf":[{"minLength":1},{"pattern":"^[0-9]{1,20}$","x-status":"valueError"}]},"base64":{"type":"string","minLength":1,"description":"The picture, base64 (a data:image/...;base64, prefix is allowed): required in a JSON body; in a multipart/form-data body the picture is the part \"file\" instead, and base64 is not given."},"type":{"type":"string","minLength":1,"enum":["png","jpg","jpeg","gif","webp","PNG","JPG","JPEG","GIF","WEBP"]},"name":{"description":"The file's name; kept for compatibility, not used.","type":"string","maxLength":255}}};
const pattern2 = new RegExp("^[0-9]{1,20}$", "u");

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="portrait.upload.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.id === undefined) && (missing0 = "id")) || ((data.type === undefined) && (missing0 = "type"))){
validate21.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema25.required,parentSchema:schema25,data}];
return false;
}
else {
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
if((typeof data0 !== "string") && (!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0))))){
validate21.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: schema25.properties.id.type},message:"must be string,integer",schema:schema25.properties.id.type,parentSchema:schema25.properties.id,data:data0}];
return false;
}
const _errs4 = errors;
if(typeof data0 === "string"){
if(func2(data0) < 1){
validate21.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/allOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema25.properties.id.allOf[0],data:data0}];
return false;
}
}
var valid1 = _errs4 === errors;
if(valid1){
const _errs5 = errors;
if(errors === _errs5){
if(typeof data0 === "string"){
if(!pattern2.test(data0)){
validate21.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/allOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,20}$"},message:"must match pattern \""+"^[0-9]{1,20}$"+"\"",schema:"^[0-9]{1,20}$",parentSchema:schema25.properties.id.allOf[1],data:data0}];
return false;
}
}
}
var valid1 = _errs5 === errors;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate21.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema25.properties.id,data:data0}];
return false;
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.base64 !== undefined){
let data1 = data.base64;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(func2(data1) < 1){
validate21.errors = [{instancePath:instancePath+"/base64",schemaPath:"#/properties/base64/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema25.properties.base64,data:data1}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/base64",schemaPath:"#/properties/base64/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.base64.type,parentSchema:schema25.properties.base64,data:data1}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
let data2 = data.type;
const _errs9 = errors;
if(!((((((((((data2 === "png") || (data2 === "jpg")) || (data2 === "jpeg")) || (data2 === "gif")) || (data2 === "webp")) || (data2 === "PNG")) || (data2 === "JPG")) || (data2 === "JPEG")) || (data2 === "GIF")) || (data2 === "WEBP"))){
validate21.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema25.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema25.properties.type.enum,parentSchema:schema25.properties.type,data:data2}];
return false;
}
if(errors === _errs9){
if(typeof data2 === "string"){
if(func2(data2) < 1){
validate21.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema25.properties.type,data:data2}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.type.type,parentSchema:schema25.properties.type,data:data2}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
let data3 = data.name;
const _errs11 = errors;
if(errors === _errs11){
if(typeof data3 === "string"){
if(func2(data3) > 255){
validate21.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema25.properties.name,data:data3}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.name.type,parentSchema:schema25.properties.name,data:data3}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema25.type,parentSchema:schema25,data}];
return false;
}
}
validate21.errors = vErrors;
return errors === 0;
}

export const file10 = validate22;
const schema26 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"product.creat.answer.json","title":"product/creat answer","description":"The new product's id (7 digits).","examples":[{"product_id":4517733}],"type":"object","additionalProperties":false,"required":["product_id"],"properties":{"product_id":{"type":"integer","minimum":1000000,"maximum":9999999}}};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="product.creat.answer.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.product_id === undefined) && (missing0 = "product_id")){
validate22.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema26.required,parentSchema:schema26,data}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "product_id")){
validate22.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema26,data}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.product_id !== undefined){
let data0 = data.product_id;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate22.errors = [{instancePath:instancePath+"/product_id",schemaPath:"#/properties/product_id/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema26.properties.product_id.type,parentSchema:schema26.properties.product_id,data:data0}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 9999999 || isNaN(data0)){
validate22.errors = [{instancePath:instancePath+"/product_id",schemaPath:"#/properties/product_id/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9999999},message:"must be <= 9999999",schema:9999999,parentSchema:schema26.properties.product_id,data:data0}];
return false;
}
else {
if(data0 < 1000000 || isNaN(data0)){
validate22.errors = [{instancePath:instancePath+"/product_id",schemaPath:"#/properties/product_id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1000000},message:"must be >= 1000000",schema:1000000,parentSchema:schema26.properties.product_id,data:data0}];
return false;
}
}
}
}
}
}
}
}
else {
validate22.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema26.type,parentSchema:schema26,data}];
return false;
}
}
validate22.errors = vErrors;
return errors === 0;
}

export const file11 = validate23;
const schema27 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"product.creat.json","title":"product/creat (alias product/create) data","description":"Puts a product in one of the caller's shops. Answers {product_id} (7 digits, random). 100 \"No right to operate\" when the shop is not the caller's (or does not exist). product_status 0 off sale or 1 on sale. The counters (product_sale, product_click, product_collection) are the service's: setting one is -204.","x-type-name":"商品 · products","examples":[{"product_name":"高等数学 上册","product_price":25.5,"shop_id":811729970,"product_status":1}],"type":"object","required":["product_name","product_price","shop_id","product_status"],"properties":{"product_name":{"$ref":"shop.fields.json#/definitions/productName"},"product_price":{"$ref":"shop.fields.json#/definitions/money"},"product_disprice":{"description":"A discounted price, at most product_price; null or missing: none.","anyOf":[{"type":"null"},{"$ref":"shop.fields.json#/definitions/money"}]},"shop_id":{"$ref":"shop.fields.json#/definitions/shopId"},"product_status":{"type":["integer","string"],"enum":[0,1,"0","1"]},"product_content":{"$ref":"shop.fields.json#/definitions/productContent"},"product_key":{"$ref":"shop.fields.json#/definitions/productKey"},"pic_url":{"$ref":"shop.fields.json#/definitions/picUrl"},"product_sale":{"description":"counted by the service (each paid purchase); it cannot be set","not":{}},"product_click":{"description":"counted by the service (each product/info); it cannot be set","not":{}},"product_collection":{"description":"counted by the service; it cannot be set","not":{}}}};
const schema29 = {"type":"string","transform":["trim"],"minLength":1,"maxLength":100};
const schema30 = {"description":"Yuan, 0 to 1000000, at most 2 decimals (more: -204), as a number or a numeric string.","type":["number","string"],"minimum":0,"maximum":1000000,"allOf":[{"minLength":1},{"pattern":"^\\s*-?[0-9]+(\\.[0-9]+)?\\s*$","x-status":"valueType"}]};
const schema32 = {"description":"9 digits; a larger number names no shop.","type":["integer","string"],"minimum":1,"maximum":999999999,"allOf":[{"minLength":1},{"pattern":"^[0-9]{1,15}$","x-status":"valueType"},{"pattern":"^0*[0-9]{1,9}$"}]};
const schema33 = {"description":"Stored and answered verbatim (HTML included: escaping is the client's job).","type":"string","maxLength":5000};
const schema34 = {"description":"Keywords, separated by \"|\".","type":"string","maxLength":255};
const schema35 = {"type":"string","maxLength":512};
const func9 = require("ajv-keywords/dist/definitions/transform").transform.trim;
const pattern3 = new RegExp("^\\s*-?[0-9]+(\\.[0-9]+)?\\s*$", "u");
const pattern5 = new RegExp("^[0-9]{1,15}$", "u");
const pattern6 = new RegExp("^0*[0-9]{1,9}$", "u");

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="product.creat.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.product_name === undefined) && (missing0 = "product_name")) || ((data.product_price === undefined) && (missing0 = "product_price"))) || ((data.shop_id === undefined) && (missing0 = "shop_id"))) || ((data.product_status === undefined) && (missing0 = "product_status"))){
validate23.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema27.required,parentSchema:schema27,data}];
return false;
}
else {
if(data.product_name !== undefined){
let data0 = data.product_name;
const _errs2 = errors;
const _errs3 = errors;
if(typeof data0 == "string" && data !== undefined){
data0 = func9(data0);
data["product_name"] = data0;
}
if(errors === _errs3){
if(typeof data0 === "string"){
if(func2(data0) > 100){
validate23.errors = [{instancePath:instancePath+"/product_name",schemaPath:"shop.fields.json#/definitions/productName/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema29,data:data0}];
return false;
}
else {
if(func2(data0) < 1){
validate23.errors = [{instancePath:instancePath+"/product_name",schemaPath:"shop.fields.json#/definitions/productName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema29,data:data0}];
return false;
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/product_name",schemaPath:"shop.fields.json#/definitions/productName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.type,parentSchema:schema29,data:data0}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.product_price !== undefined){
let data1 = data.product_price;
const _errs5 = errors;
const _errs6 = errors;
if((!((typeof data1 == "number") && (isFinite(data1)))) && (typeof data1 !== "string")){
validate23.errors = [{instancePath:instancePath+"/product_price",schemaPath:"shop.fields.json#/definitions/money/type",keyword:"type",params:{type: schema30.type},message:"must be number,string",schema:schema30.type,parentSchema:schema30,data:data1}];
return false;
}
const _errs8 = errors;
if(typeof data1 === "string"){
if(func2(data1) < 1){
validate23.errors = [{instancePath:instancePath+"/product_price",schemaPath:"shop.fields.json#/definitions/money/allOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema30.allOf[0],data:data1}];
return false;
}
}
var valid3 = _errs8 === errors;
if(valid3){
const _errs9 = errors;
if(errors === _errs9){
if(typeof data1 === "string"){
if(!pattern3.test(data1)){
validate23.errors = [{instancePath:instancePath+"/product_price",schemaPath:"shop.fields.json#/definitions/money/allOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*-?[0-9]+(\\.[0-9]+)?\\s*$"},message:"must match pattern \""+"^\\s*-?[0-9]+(\\.[0-9]+)?\\s*$"+"\"",schema:"^\\s*-?[0-9]+(\\.[0-9]+)?\\s*$",parentSchema:schema30.allOf[1],data:data1}];
return false;
}
}
}
var valid3 = _errs9 === errors;
}
if(errors === _errs6){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 1000000 || isNaN(data1)){
validate23.errors = [{instancePath:instancePath+"/product_price",schemaPath:"shop.fields.json#/definitions/money/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:schema30,data:data1}];
return false;
}
else {
if(data1 < 0 || isNaN(data1)){
validate23.errors = [{instancePath:instancePath+"/product_price",schemaPath:"shop.fields.json#/definitions/money/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema30,data:data1}];
return false;
}
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.product_disprice !== undefined){
let data2 = data.product_disprice;
const _errs11 = errors;
const _errs12 = errors;
let valid4 = false;
const _errs13 = errors;
if(data2 !== null){
const err0 = {instancePath:instancePath+"/product_disprice",schemaPath:"#/properties/product_disprice/anyOf/0/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema27.properties.product_disprice.anyOf[0].type,parentSchema:schema27.properties.product_disprice.anyOf[0],data:data2};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const _errs15 = errors;
const _errs16 = errors;
if((!((typeof data2 == "number") && (isFinite(data2)))) && (typeof data2 !== "string")){
const err1 = {instancePath:instancePath+"/product_disprice",schemaPath:"shop.fields.json#/definitions/money/type",keyword:"type",params:{type: schema30.type},message:"must be number,string",schema:schema30.type,parentSchema:schema30,data:data2};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const _errs18 = errors;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err2 = {instancePath:instancePath+"/product_disprice",schemaPath:"shop.fields.json#/definitions/money/allOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema30.allOf[0],data:data2};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var valid6 = _errs18 === errors;
if(valid6){
const _errs19 = errors;
if(errors === _errs19){
if(typeof data2 === "string"){
if(!pattern3.test(data2)){
const err3 = {instancePath:instancePath+"/product_disprice",schemaPath:"shop.fields.json#/definitions/money/allOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*-?[0-9]+(\\.[0-9]+)?\\s*$"},message:"must match pattern \""+"^\\s*-?[0-9]+(\\.[0-9]+)?\\s*$"+"\"",schema:"^\\s*-?[0-9]+(\\.[0-9]+)?\\s*$",parentSchema:schema30.allOf[1],data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
var valid6 = _errs19 === errors;
}
if(errors === _errs16){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 1000000 || isNaN(data2)){
const err4 = {instancePath:instancePath+"/product_disprice",schemaPath:"shop.fields.json#/definitions/money/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:schema30,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
if(data2 < 0 || isNaN(data2)){
const err5 = {instancePath:instancePath+"/product_disprice",schemaPath:"shop.fields.json#/definitions/money/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema30,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
}
var _valid0 = _errs15 === errors;
valid4 = valid4 || _valid0;
}
if(!valid4){
const err6 = {instancePath:instancePath+"/product_disprice",schemaPath:"#/properties/product_disprice/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema27.properties.product_disprice.anyOf,parentSchema:schema27.properties.product_disprice,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
validate23.errors = vErrors;
return false;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.shop_id !== undefined){
let data3 = data.shop_id;
const _errs21 = errors;
const _errs22 = errors;
if((!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))) && (typeof data3 !== "string")){
validate23.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/type",keyword:"type",params:{type: schema32.type},message:"must be integer,string",schema:schema32.type,parentSchema:schema32,data:data3}];
return false;
}
const _errs24 = errors;
if(typeof data3 === "string"){
if(func2(data3) < 1){
validate23.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/allOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.allOf[0],data:data3}];
return false;
}
}
var valid8 = _errs24 === errors;
if(valid8){
const _errs25 = errors;
if(errors === _errs25){
if(typeof data3 === "string"){
if(!pattern5.test(data3)){
validate23.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/allOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,15}$"},message:"must match pattern \""+"^[0-9]{1,15}$"+"\"",schema:"^[0-9]{1,15}$",parentSchema:schema32.allOf[1],data:data3}];
return false;
}
}
}
var valid8 = _errs25 === errors;
if(valid8){
const _errs27 = errors;
if(typeof data3 === "string"){
if(!pattern6.test(data3)){
validate23.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/allOf/2/pattern",keyword:"pattern",params:{pattern: "^0*[0-9]{1,9}$"},message:"must match pattern \""+"^0*[0-9]{1,9}$"+"\"",schema:"^0*[0-9]{1,9}$",parentSchema:schema32.allOf[2],data:data3}];
return false;
}
}
var valid8 = _errs27 === errors;
}
}
if(errors === _errs22){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 999999999 || isNaN(data3)){
validate23.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/maximum",keyword:"maximum",params:{comparison: "<=", limit: 999999999},message:"must be <= 999999999",schema:999999999,parentSchema:schema32,data:data3}];
return false;
}
else {
if(data3 < 1 || isNaN(data3)){
validate23.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema32,data:data3}];
return false;
}
}
}
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.product_status !== undefined){
let data4 = data.product_status;
const _errs28 = errors;
if((!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))) && (typeof data4 !== "string")){
validate23.errors = [{instancePath:instancePath+"/product_status",schemaPath:"#/properties/product_status/type",keyword:"type",params:{type: schema27.properties.product_status.type},message:"must be integer,string",schema:schema27.properties.product_status.type,parentSchema:schema27.properties.product_status,data:data4}];
return false;
}
if(!((((data4 === 0) || (data4 === 1)) || (data4 === "0")) || (data4 === "1"))){
validate23.errors = [{instancePath:instancePath+"/product_status",schemaPath:"#/properties/product_status/enum",keyword:"enum",params:{allowedValues: schema27.properties.product_status.enum},message:"must be equal to one of the allowed values",schema:schema27.properties.product_status.enum,parentSchema:schema27.properties.product_status,data:data4}];
return false;
}
var valid0 = _errs28 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.product_content !== undefined){
let data5 = data.product_content;
const _errs30 = errors;
const _errs31 = errors;
if(errors === _errs31){
if(typeof data5 === "string"){
if(func2(data5) > 5000){
validate23.errors = [{instancePath:instancePath+"/product_content",schemaPath:"shop.fields.json#/definitions/productContent/maxLength",keyword:"maxLength",params:{limit: 5000},message:"must NOT have more than 5000 characters",schema:5000,parentSchema:schema33,data:data5}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/product_content",schemaPath:"shop.fields.json#/definitions/productContent/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data5}];
return false;
}
}
var valid0 = _errs30 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.product_key !== undefined){
let data6 = data.product_key;
const _errs33 = errors;
const _errs34 = errors;
if(errors === _errs34){
if(typeof data6 === "string"){
if(func2(data6) > 255){
validate23.errors = [{instancePath:instancePath+"/product_key",schemaPath:"shop.fields.json#/definitions/productKey/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema34,data:data6}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/product_key",schemaPath:"shop.fields.json#/definitions/productKey/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data6}];
return false;
}
}
var valid0 = _errs33 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pic_url !== undefined){
let data7 = data.pic_url;
const _errs36 = errors;
const _errs37 = errors;
if(errors === _errs37){
if(typeof data7 === "string"){
if(func2(data7) > 512){
validate23.errors = [{instancePath:instancePath+"/pic_url",schemaPath:"shop.fields.json#/definitions/picUrl/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters",schema:512,parentSchema:schema35,data:data7}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/pic_url",schemaPath:"shop.fields.json#/definitions/picUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data7}];
return false;
}
}
var valid0 = _errs36 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.product_sale !== undefined){
const _errs39 = errors;
validate23.errors = [{instancePath:instancePath+"/product_sale",schemaPath:"#/properties/product_sale/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema27.properties.product_sale.not,parentSchema:schema27.properties.product_sale,data:data.product_sale}];
return false;
var valid0 = _errs39 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.product_click !== undefined){
const _errs41 = errors;
validate23.errors = [{instancePath:instancePath+"/product_click",schemaPath:"#/properties/product_click/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema27.properties.product_click.not,parentSchema:schema27.properties.product_click,data:data.product_click}];
return false;
var valid0 = _errs41 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.product_collection !== undefined){
const _errs43 = errors;
validate23.errors = [{instancePath:instancePath+"/product_collection",schemaPath:"#/properties/product_collection/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema27.properties.product_collection.not,parentSchema:schema27.properties.product_collection,data:data.product_collection}];
return false;
var valid0 = _errs43 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema27.type,parentSchema:schema27,data}];
return false;
}
}
validate23.errors = vErrors;
return errors === 0;
}

export const file12 = validate25;
const schema36 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"product.info.answer.json","title":"product/info answer","description":"One product.","examples":[{"product_id":4517733,"product_name":"高等数学 上册","product_content":"九成新","product_key":"教材|数学","product_price":25.5,"product_disprice":19.9,"product_sale":3,"product_click":42,"product_collection":0,"shop_id":811729970,"creat_time":"2026-11-24 10:00:00","update_time":"2026-11-24 10:00:00","pic_url":"","product_status":1}],"$ref":"answer.fields.json#/definitions/product"};
const schema37 = {"type":"object","additionalProperties":false,"required":["product_id","product_name","product_content","product_key","product_price","product_disprice","product_sale","product_click","product_collection","shop_id","creat_time","update_time","pic_url","product_status"],"properties":{"product_id":{"type":"integer"},"product_name":{"type":"string"},"product_content":{"type":"string"},"product_key":{"type":"string"},"product_price":{"$ref":"#/definitions/yuan"},"product_disprice":{"description":"The discounted price; null when there is none.","type":["number","null"]},"product_sale":{"type":"integer"},"product_click":{"type":"integer"},"product_collection":{"type":"integer"},"shop_id":{"type":"integer"},"creat_time":{"$ref":"#/definitions/datetime"},"update_time":{"$ref":"#/definitions/datetime"},"pic_url":{"type":"string"},"product_status":{"description":"0 off sale, 1 on sale, 2 deleted.","type":"integer","enum":[0,1,2]}}};
const schema38 = {"description":"Yuan, exact to the cent (a JSON number).","type":"number"};
const schema39 = {"description":"\"YYYY-MM-DD HH:MM:SS\" in the service's time zone.","type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"};
const func18 = Object.prototype.hasOwnProperty;
const pattern7 = new RegExp("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$", "u");

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((((((((((data.product_id === undefined) && (missing0 = "product_id")) || ((data.product_name === undefined) && (missing0 = "product_name"))) || ((data.product_content === undefined) && (missing0 = "product_content"))) || ((data.product_key === undefined) && (missing0 = "product_key"))) || ((data.product_price === undefined) && (missing0 = "product_price"))) || ((data.product_disprice === undefined) && (missing0 = "product_disprice"))) || ((data.product_sale === undefined) && (missing0 = "product_sale"))) || ((data.product_click === undefined) && (missing0 = "product_click"))) || ((data.product_collection === undefined) && (missing0 = "product_collection"))) || ((data.shop_id === undefined) && (missing0 = "shop_id"))) || ((data.creat_time === undefined) && (missing0 = "creat_time"))) || ((data.update_time === undefined) && (missing0 = "update_time"))) || ((data.pic_url === undefined) && (missing0 = "pic_url"))) || ((data.product_status === undefined) && (missing0 = "product_status"))){
validate26.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema37.required,parentSchema:schema37,data}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func18.call(schema37.properties, key0))){
validate26.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema37,data}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.product_id !== undefined){
let data0 = data.product_id;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate26.errors = [{instancePath:instancePath+"/product_id",schemaPath:"#/properties/product_id/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.properties.product_id.type,parentSchema:schema37.properties.product_id,data:data0}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.product_name !== undefined){
let data1 = data.product_name;
const _errs4 = errors;
if(typeof data1 !== "string"){
validate26.errors = [{instancePath:instancePath+"/product_name",schemaPath:"#/properties/product_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.product_name.type,parentSchema:schema37.properties.product_name,data:data1}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.product_content !== undefined){
let data2 = data.product_content;
const _errs6 = errors;
if(typeof data2 !== "string"){
validate26.errors = [{instancePath:instancePath+"/product_content",schemaPath:"#/properties/product_content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.product_content.type,parentSchema:schema37.properties.product_content,data:data2}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.product_key !== undefined){
let data3 = data.product_key;
const _errs8 = errors;
if(typeof data3 !== "string"){
validate26.errors = [{instancePath:instancePath+"/product_key",schemaPath:"#/properties/product_key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.product_key.type,parentSchema:schema37.properties.product_key,data:data3}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.product_price !== undefined){
let data4 = data.product_price;
const _errs10 = errors;
if(!((typeof data4 == "number") && (isFinite(data4)))){
validate26.errors = [{instancePath:instancePath+"/product_price",schemaPath:"#/definitions/yuan/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema38.type,parentSchema:schema38,data:data4}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.product_disprice !== undefined){
let data5 = data.product_disprice;
const _errs13 = errors;
if((!((typeof data5 == "number") && (isFinite(data5)))) && (data5 !== null)){
validate26.errors = [{instancePath:instancePath+"/product_disprice",schemaPath:"#/properties/product_disprice/type",keyword:"type",params:{type: schema37.properties.product_disprice.type},message:"must be number,null",schema:schema37.properties.product_disprice.type,parentSchema:schema37.properties.product_disprice,data:data5}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.product_sale !== undefined){
let data6 = data.product_sale;
const _errs15 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
validate26.errors = [{instancePath:instancePath+"/product_sale",schemaPath:"#/properties/product_sale/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.properties.product_sale.type,parentSchema:schema37.properties.product_sale,data:data6}];
return false;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.product_click !== undefined){
let data7 = data.product_click;
const _errs17 = errors;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
validate26.errors = [{instancePath:instancePath+"/product_click",schemaPath:"#/properties/product_click/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.properties.product_click.type,parentSchema:schema37.properties.product_click,data:data7}];
return false;
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.product_collection !== undefined){
let data8 = data.product_collection;
const _errs19 = errors;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
validate26.errors = [{instancePath:instancePath+"/product_collection",schemaPath:"#/properties/product_collection/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.properties.product_collection.type,parentSchema:schema37.properties.product_collection,data:data8}];
return false;
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.shop_id !== undefined){
let data9 = data.shop_id;
const _errs21 = errors;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
validate26.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"#/properties/shop_id/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.properties.shop_id.type,parentSchema:schema37.properties.shop_id,data:data9}];
return false;
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.creat_time !== undefined){
let data10 = data.creat_time;
const _errs23 = errors;
const _errs24 = errors;
if(errors === _errs24){
if(typeof data10 === "string"){
if(!pattern7.test(data10)){
validate26.errors = [{instancePath:instancePath+"/creat_time",schemaPath:"#/definitions/datetime/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$",parentSchema:schema39,data:data10}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/creat_time",schemaPath:"#/definitions/datetime/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data10}];
return false;
}
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.update_time !== undefined){
let data11 = data.update_time;
const _errs26 = errors;
const _errs27 = errors;
if(errors === _errs27){
if(typeof data11 === "string"){
if(!pattern7.test(data11)){
validate26.errors = [{instancePath:instancePath+"/update_time",schemaPath:"#/definitions/datetime/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$",parentSchema:schema39,data:data11}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/update_time",schemaPath:"#/definitions/datetime/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data11}];
return false;
}
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pic_url !== undefined){
let data12 = data.pic_url;
const _errs29 = errors;
if(typeof data12 !== "string"){
validate26.errors = [{instancePath:instancePath+"/pic_url",schemaPath:"#/properties/pic_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.pic_url.type,parentSchema:schema37.properties.pic_url,data:data12}];
return false;
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.product_status !== undefined){
let data13 = data.product_status;
const _errs31 = errors;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
validate26.errors = [{instancePath:instancePath+"/product_status",schemaPath:"#/properties/product_status/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.properties.product_status.type,parentSchema:schema37.properties.product_status,data:data13}];
return false;
}
if(!(((data13 === 0) || (data13 === 1)) || (data13 === 2))){
validate26.errors = [{instancePath:instancePath+"/product_status",schemaPath:"#/properties/product_status/enum",keyword:"enum",params:{allowedValues: schema37.properties.product_status.enum},message:"must be equal to one of the allowed values",schema:schema37.properties.product_status.enum,parentSchema:schema37.properties.product_status,data:data13}];
return false;
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate26.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.type,parentSchema:schema37,data}];
return false;
}
}
validate26.errors = vErrors;
return errors === 0;
}


function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="product.info.answer.json" */;
let vErrors = null;
let errors = 0;
if(!(validate26(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
validate25.errors = vErrors;
return errors === 0;
}

export const file13 = validate28;
const schema41 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"product.info.json","title":"product/info data","description":"One product, with every column. On sale: anyone may read it; off sale or deleted: only its shop's owner; otherwise (or no such product) 100 \"Error Product id\". A read by anyone but the owner adds 1 to product_click.","x-type-name":"商品 · products","examples":[{"product_id":4517733}],"type":"object","required":["product_id"],"properties":{"product_id":{"$ref":"shop.fields.json#/definitions/productId"}}};
const schema42 = {"description":"7 digits; a larger number names no product.","type":["integer","string"],"minimum":1,"maximum":9999999,"allOf":[{"minLength":1},{"pattern":"^[0-9]{1,15}$","x-status":"valueType"},{"pattern":"^0*[0-9]{1,7}$"}]};
const pattern10 = new RegExp("^0*[0-9]{1,7}$", "u");

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="product.info.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.product_id === undefined) && (missing0 = "product_id")){
validate28.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema41.required,parentSchema:schema41,data}];
return false;
}
else {
if(data.product_id !== undefined){
let data0 = data.product_id;
const _errs3 = errors;
if((!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) && (typeof data0 !== "string")){
validate28.errors = [{instancePath:instancePath+"/product_id",schemaPath:"shop.fields.json#/definitions/productId/type",keyword:"type",params:{type: schema42.type},message:"must be integer,string",schema:schema42.type,parentSchema:schema42,data:data0}];
return false;
}
const _errs5 = errors;
if(typeof data0 === "string"){
if(func2(data0) < 1){
validate28.errors = [{instancePath:instancePath+"/product_id",schemaPath:"shop.fields.json#/definitions/productId/allOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema42.allOf[0],data:data0}];
return false;
}
}
var valid2 = _errs5 === errors;
if(valid2){
const _errs6 = errors;
if(errors === _errs6){
if(typeof data0 === "string"){
if(!pattern5.test(data0)){
validate28.errors = [{instancePath:instancePath+"/product_id",schemaPath:"shop.fields.json#/definitions/productId/allOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,15}$"},message:"must match pattern \""+"^[0-9]{1,15}$"+"\"",schema:"^[0-9]{1,15}$",parentSchema:schema42.allOf[1],data:data0}];
return false;
}
}
}
var valid2 = _errs6 === errors;
if(valid2){
const _errs8 = errors;
if(typeof data0 === "string"){
if(!pattern10.test(data0)){
validate28.errors = [{instancePath:instancePath+"/product_id",schemaPath:"shop.fields.json#/definitions/productId/allOf/2/pattern",keyword:"pattern",params:{pattern: "^0*[0-9]{1,7}$"},message:"must match pattern \""+"^0*[0-9]{1,7}$"+"\"",schema:"^0*[0-9]{1,7}$",parentSchema:schema42.allOf[2],data:data0}];
return false;
}
}
var valid2 = _errs8 === errors;
}
}
if(errors === _errs3){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 9999999 || isNaN(data0)){
validate28.errors = [{instancePath:instancePath+"/product_id",schemaPath:"shop.fields.json#/definitions/productId/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9999999},message:"must be <= 9999999",schema:9999999,parentSchema:schema42,data:data0}];
return false;
}
else {
if(data0 < 1 || isNaN(data0)){
validate28.errors = [{instancePath:instancePath+"/product_id",schemaPath:"shop.fields.json#/definitions/productId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema42,data:data0}];
return false;
}
}
}
}
}
}
}
else {
validate28.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.type,parentSchema:schema41,data}];
return false;
}
}
validate28.errors = vErrors;
return errors === 0;
}

export const file14 = validate29;
const schema43 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"product.list.answer.json","title":"product/list answer","description":"A page of products (status 1 \"Empty records\" with [] when there are none).","examples":[[{"product_id":4517733,"product_name":"高等数学 上册","product_content":"九成新","product_key":"教材|数学","product_price":25.5,"product_disprice":19.9,"product_sale":3,"product_click":41,"product_collection":0,"shop_id":811729970,"creat_time":"2026-11-24 10:00:00","update_time":"2026-11-24 10:00:00","pic_url":"","product_status":1}]],"type":"array","items":{"$ref":"answer.fields.json#/definitions/product"}};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((((((((((data.product_id === undefined) && (missing0 = "product_id")) || ((data.product_name === undefined) && (missing0 = "product_name"))) || ((data.product_content === undefined) && (missing0 = "product_content"))) || ((data.product_key === undefined) && (missing0 = "product_key"))) || ((data.product_price === undefined) && (missing0 = "product_price"))) || ((data.product_disprice === undefined) && (missing0 = "product_disprice"))) || ((data.product_sale === undefined) && (missing0 = "product_sale"))) || ((data.product_click === undefined) && (missing0 = "product_click"))) || ((data.product_collection === undefined) && (missing0 = "product_collection"))) || ((data.shop_id === undefined) && (missing0 = "shop_id"))) || ((data.creat_time === undefined) && (missing0 = "creat_time"))) || ((data.update_time === undefined) && (missing0 = "update_time"))) || ((data.pic_url === undefined) && (missing0 = "pic_url"))) || ((data.product_status === undefined) && (missing0 = "product_status"))){
validate30.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema37.required,parentSchema:schema37,data}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func18.call(schema37.properties, key0))){
validate30.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema37,data}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.product_id !== undefined){
let data0 = data.product_id;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate30.errors = [{instancePath:instancePath+"/product_id",schemaPath:"#/properties/product_id/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.properties.product_id.type,parentSchema:schema37.properties.product_id,data:data0}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.product_name !== undefined){
let data1 = data.product_name;
const _errs4 = errors;
if(typeof data1 !== "string"){
validate30.errors = [{instancePath:instancePath+"/product_name",schemaPath:"#/properties/product_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.product_name.type,parentSchema:schema37.properties.product_name,data:data1}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.product_content !== undefined){
let data2 = data.product_content;
const _errs6 = errors;
if(typeof data2 !== "string"){
validate30.errors = [{instancePath:instancePath+"/product_content",schemaPath:"#/properties/product_content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.product_content.type,parentSchema:schema37.properties.product_content,data:data2}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.product_key !== undefined){
let data3 = data.product_key;
const _errs8 = errors;
if(typeof data3 !== "string"){
validate30.errors = [{instancePath:instancePath+"/product_key",schemaPath:"#/properties/product_key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.product_key.type,parentSchema:schema37.properties.product_key,data:data3}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.product_price !== undefined){
let data4 = data.product_price;
const _errs10 = errors;
if(!((typeof data4 == "number") && (isFinite(data4)))){
validate30.errors = [{instancePath:instancePath+"/product_price",schemaPath:"#/definitions/yuan/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema38.type,parentSchema:schema38,data:data4}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.product_disprice !== undefined){
let data5 = data.product_disprice;
const _errs13 = errors;
if((!((typeof data5 == "number") && (isFinite(data5)))) && (data5 !== null)){
validate30.errors = [{instancePath:instancePath+"/product_disprice",schemaPath:"#/properties/product_disprice/type",keyword:"type",params:{type: schema37.properties.product_disprice.type},message:"must be number,null",schema:schema37.properties.product_disprice.type,parentSchema:schema37.properties.product_disprice,data:data5}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.product_sale !== undefined){
let data6 = data.product_sale;
const _errs15 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
validate30.errors = [{instancePath:instancePath+"/product_sale",schemaPath:"#/properties/product_sale/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.properties.product_sale.type,parentSchema:schema37.properties.product_sale,data:data6}];
return false;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.product_click !== undefined){
let data7 = data.product_click;
const _errs17 = errors;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
validate30.errors = [{instancePath:instancePath+"/product_click",schemaPath:"#/properties/product_click/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.properties.product_click.type,parentSchema:schema37.properties.product_click,data:data7}];
return false;
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.product_collection !== undefined){
let data8 = data.product_collection;
const _errs19 = errors;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
validate30.errors = [{instancePath:instancePath+"/product_collection",schemaPath:"#/properties/product_collection/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.properties.product_collection.type,parentSchema:schema37.properties.product_collection,data:data8}];
return false;
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.shop_id !== undefined){
let data9 = data.shop_id;
const _errs21 = errors;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
validate30.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"#/properties/shop_id/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.properties.shop_id.type,parentSchema:schema37.properties.shop_id,data:data9}];
return false;
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.creat_time !== undefined){
let data10 = data.creat_time;
const _errs23 = errors;
const _errs24 = errors;
if(errors === _errs24){
if(typeof data10 === "string"){
if(!pattern7.test(data10)){
validate30.errors = [{instancePath:instancePath+"/creat_time",schemaPath:"#/definitions/datetime/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$",parentSchema:schema39,data:data10}];
return false;
}
}
else {
validate30.errors = [{instancePath:instancePath+"/creat_time",schemaPath:"#/definitions/datetime/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data10}];
return false;
}
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.update_time !== undefined){
let data11 = data.update_time;
const _errs26 = errors;
const _errs27 = errors;
if(errors === _errs27){
if(typeof data11 === "string"){
if(!pattern7.test(data11)){
validate30.errors = [{instancePath:instancePath+"/update_time",schemaPath:"#/definitions/datetime/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$",parentSchema:schema39,data:data11}];
return false;
}
}
else {
validate30.errors = [{instancePath:instancePath+"/update_time",schemaPath:"#/definitions/datetime/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data11}];
return false;
}
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pic_url !== undefined){
let data12 = data.pic_url;
const _errs29 = errors;
if(typeof data12 !== "string"){
validate30.errors = [{instancePath:instancePath+"/pic_url",schemaPath:"#/properties/pic_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.pic_url.type,parentSchema:schema37.properties.pic_url,data:data12}];
return false;
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.product_status !== undefined){
let data13 = data.product_status;
const _errs31 = errors;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
validate30.errors = [{instancePath:instancePath+"/product_status",schemaPath:"#/properties/product_status/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.properties.product_status.type,parentSchema:schema37.properties.product_status,data:data13}];
return false;
}
if(!(((data13 === 0) || (data13 === 1)) || (data13 === 2))){
validate30.errors = [{instancePath:instancePath+"/product_status",schemaPath:"#/properties/product_status/enum",keyword:"enum",params:{allowedValues: schema37.properties.product_status.enum},message:"must be equal to one of the allowed values",schema:schema37.properties.product_status.enum,parentSchema:schema37.properties.product_status,data:data13}];
return false;
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate30.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.type,parentSchema:schema37,data}];
return false;
}
}
validate30.errors = vErrors;
return errors === 0;
}


function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="product.list.answer.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(Array.isArray(data)){
var valid0 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
const _errs1 = errors;
if(!(validate30(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
}
else {
validate29.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema43.type,parentSchema:schema43,data}];
return false;
}
}
validate29.errors = vErrors;
return errors === 0;
}

export const file15 = validate32;
const schema48 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"product.list.json","title":"product/list data","description":"Lists products. product_name and product_key match by substring (case-insensitive; % and _ match themselves); all given filters are ANDed. type \"up\" (default): on sale, for anyone; \"down\" off sale, \"all\" on and off sale, \"del\" deleted: only with a shop_id of the caller's own shop, else 100 \"No right to operate\". Rows carry every column; status 1 \"Empty records\" with [] when there are none.","x-type-name":"商品 · products","examples":[{"product_name":"数学","order":"product_price ASC"}],"type":"object","properties":{"product_name":{"type":"string","maxLength":100},"product_key":{"type":"string","maxLength":255},"shop_id":{"$ref":"shop.fields.json#/definitions/shopId"},"type":{"type":"string","enum":["up","down","all","del"]},"order":{"$ref":"shop.fields.json#/definitions/order"},"limit":{"$ref":"shop.fields.json#/definitions/limit"},"offset":{"$ref":"shop.fields.json#/definitions/offset"}}};
const schema50 = {"description":"A comma-separated list of \"<column> ASC|DESC\" over the list's columns; ties are broken by the id.","type":"string","maxLength":500};
const schema51 = {"description":"Rows in the page: 1 to 200, an integer or a string of digits; 50 when missing. Anything else is -204.","type":["integer","string"],"minimum":1,"maximum":200,"pattern":"^[0-9]{1,3}$","x-status":"valueError"};
const schema52 = {"description":"Rows to skip: 0 to 1000000000, an integer or a string of digits; 0 when missing. Anything else is -204.","type":["integer","string"],"minimum":0,"maximum":1000000000,"pattern":"^[0-9]{1,10}$","x-status":"valueError"};
const pattern15 = new RegExp("^[0-9]{1,3}$", "u");
const pattern16 = new RegExp("^[0-9]{1,10}$", "u");

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="product.list.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.product_name !== undefined){
let data0 = data.product_name;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func2(data0) > 100){
validate32.errors = [{instancePath:instancePath+"/product_name",schemaPath:"#/properties/product_name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema48.properties.product_name,data:data0}];
return false;
}
}
else {
validate32.errors = [{instancePath:instancePath+"/product_name",schemaPath:"#/properties/product_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.product_name.type,parentSchema:schema48.properties.product_name,data:data0}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.product_key !== undefined){
let data1 = data.product_key;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func2(data1) > 255){
validate32.errors = [{instancePath:instancePath+"/product_key",schemaPath:"#/properties/product_key/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema48.properties.product_key,data:data1}];
return false;
}
}
else {
validate32.errors = [{instancePath:instancePath+"/product_key",schemaPath:"#/properties/product_key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.product_key.type,parentSchema:schema48.properties.product_key,data:data1}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.shop_id !== undefined){
let data2 = data.shop_id;
const _errs6 = errors;
const _errs7 = errors;
if((!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))) && (typeof data2 !== "string")){
validate32.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/type",keyword:"type",params:{type: schema32.type},message:"must be integer,string",schema:schema32.type,parentSchema:schema32,data:data2}];
return false;
}
const _errs9 = errors;
if(typeof data2 === "string"){
if(func2(data2) < 1){
validate32.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/allOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.allOf[0],data:data2}];
return false;
}
}
var valid2 = _errs9 === errors;
if(valid2){
const _errs10 = errors;
if(errors === _errs10){
if(typeof data2 === "string"){
if(!pattern5.test(data2)){
validate32.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/allOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,15}$"},message:"must match pattern \""+"^[0-9]{1,15}$"+"\"",schema:"^[0-9]{1,15}$",parentSchema:schema32.allOf[1],data:data2}];
return false;
}
}
}
var valid2 = _errs10 === errors;
if(valid2){
const _errs12 = errors;
if(typeof data2 === "string"){
if(!pattern6.test(data2)){
validate32.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/allOf/2/pattern",keyword:"pattern",params:{pattern: "^0*[0-9]{1,9}$"},message:"must match pattern \""+"^0*[0-9]{1,9}$"+"\"",schema:"^0*[0-9]{1,9}$",parentSchema:schema32.allOf[2],data:data2}];
return false;
}
}
var valid2 = _errs12 === errors;
}
}
if(errors === _errs7){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 999999999 || isNaN(data2)){
validate32.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/maximum",keyword:"maximum",params:{comparison: "<=", limit: 999999999},message:"must be <= 999999999",schema:999999999,parentSchema:schema32,data:data2}];
return false;
}
else {
if(data2 < 1 || isNaN(data2)){
validate32.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema32,data:data2}];
return false;
}
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
let data3 = data.type;
const _errs13 = errors;
if(typeof data3 !== "string"){
validate32.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.type.type,parentSchema:schema48.properties.type,data:data3}];
return false;
}
if(!((((data3 === "up") || (data3 === "down")) || (data3 === "all")) || (data3 === "del"))){
validate32.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema48.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema48.properties.type.enum,parentSchema:schema48.properties.type,data:data3}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.order !== undefined){
let data4 = data.order;
const _errs15 = errors;
const _errs16 = errors;
if(errors === _errs16){
if(typeof data4 === "string"){
if(func2(data4) > 500){
validate32.errors = [{instancePath:instancePath+"/order",schemaPath:"shop.fields.json#/definitions/order/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema50,data:data4}];
return false;
}
}
else {
validate32.errors = [{instancePath:instancePath+"/order",schemaPath:"shop.fields.json#/definitions/order/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.type,parentSchema:schema50,data:data4}];
return false;
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.limit !== undefined){
let data5 = data.limit;
const _errs18 = errors;
const _errs19 = errors;
if((!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))) && (typeof data5 !== "string")){
validate32.errors = [{instancePath:instancePath+"/limit",schemaPath:"shop.fields.json#/definitions/limit/type",keyword:"type",params:{type: schema51.type},message:"must be integer,string",schema:schema51.type,parentSchema:schema51,data:data5}];
return false;
}
if(errors === _errs19){
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 200 || isNaN(data5)){
validate32.errors = [{instancePath:instancePath+"/limit",schemaPath:"shop.fields.json#/definitions/limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 200},message:"must be <= 200",schema:200,parentSchema:schema51,data:data5}];
return false;
}
else {
if(data5 < 1 || isNaN(data5)){
validate32.errors = [{instancePath:instancePath+"/limit",schemaPath:"shop.fields.json#/definitions/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema51,data:data5}];
return false;
}
}
}
if(errors === _errs19){
if(typeof data5 === "string"){
if(!pattern15.test(data5)){
validate32.errors = [{instancePath:instancePath+"/limit",schemaPath:"shop.fields.json#/definitions/limit/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,3}$"},message:"must match pattern \""+"^[0-9]{1,3}$"+"\"",schema:"^[0-9]{1,3}$",parentSchema:schema51,data:data5}];
return false;
}
}
}
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.offset !== undefined){
let data6 = data.offset;
const _errs22 = errors;
const _errs23 = errors;
if((!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))) && (typeof data6 !== "string")){
validate32.errors = [{instancePath:instancePath+"/offset",schemaPath:"shop.fields.json#/definitions/offset/type",keyword:"type",params:{type: schema52.type},message:"must be integer,string",schema:schema52.type,parentSchema:schema52,data:data6}];
return false;
}
if(errors === _errs23){
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 1000000000 || isNaN(data6)){
validate32.errors = [{instancePath:instancePath+"/offset",schemaPath:"shop.fields.json#/definitions/offset/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000},message:"must be <= 1000000000",schema:1000000000,parentSchema:schema52,data:data6}];
return false;
}
else {
if(data6 < 0 || isNaN(data6)){
validate32.errors = [{instancePath:instancePath+"/offset",schemaPath:"shop.fields.json#/definitions/offset/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema52,data:data6}];
return false;
}
}
}
if(errors === _errs23){
if(typeof data6 === "string"){
if(!pattern16.test(data6)){
validate32.errors = [{instancePath:instancePath+"/offset",schemaPath:"shop.fields.json#/definitions/offset/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,10}$"},message:"must match pattern \""+"^[0-9]{1,10}$"+"\"",schema:"^[0-9]{1,10}$",parentSchema:schema52,data:data6}];
return false;
}
}
}
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate32.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.type,parentSchema:schema48,data}];
return false;
}
}
validate32.errors = vErrors;
return errors === 0;
}

export const file16 = validate33;
const schema53 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"product.update.answer.json","title":"product/update answer","description":"Nothing: {}.","examples":[{}],"$ref":"answer.fields.json#/definitions/nothing"};

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="product.update.answer.json" */;
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(errors === _errs0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 0){
validate33.errors = [{instancePath,schemaPath:"answer.fields.json#/definitions/nothing/maxProperties",keyword:"maxProperties",params:{limit: 0},message:"must NOT have more than 0 properties",schema:0,parentSchema:schema18,data}];
return false;
}
else {
for(const key0 in data){
validate33.errors = [{instancePath,schemaPath:"answer.fields.json#/definitions/nothing/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema18,data}];
return false;
break;
}
}
}
else {
validate33.errors = [{instancePath,schemaPath:"answer.fields.json#/definitions/nothing/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema18.type,parentSchema:schema18,data}];
return false;
}
}
validate33.errors = vErrors;
return errors === 0;
}

export const file17 = validate34;
const schema55 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"product.update.json","title":"product/update data","description":"Changes the given fields of a product of one of the caller's shops: any of product_status, product_name, product_content, product_key, product_price, product_disprice, pic_url (at least one: -202). product_id and shop_id only identify it: the caller must own the shop and the product must be in it, else 100 \"No right to operate\". product_status 2 deletes it, for good: a deleted product cannot be changed (100 \"No right to operate: the product is deleted\"). product_disprice null clears the discount; it may not exceed the price (-204). The counters are the service's (-204). Answers {}.","x-type-name":"商品 · products","examples":[{"product_id":4517733,"shop_id":811729970,"product_disprice":19.9}],"type":"object","required":["product_id","shop_id"],"x-status":"missingKey","anyOf":[{"required":["product_status"]},{"required":["product_name"]},{"required":["product_content"]},{"required":["product_key"]},{"required":["product_price"]},{"required":["product_disprice"]},{"required":["pic_url"]}],"properties":{"product_id":{"$ref":"shop.fields.json#/definitions/productId"},"shop_id":{"$ref":"shop.fields.json#/definitions/shopId"},"product_status":{"type":["integer","string"],"enum":[0,1,2,"0","1","2"]},"product_name":{"$ref":"shop.fields.json#/definitions/productName"},"product_price":{"$ref":"shop.fields.json#/definitions/money"},"product_disprice":{"anyOf":[{"type":"null"},{"$ref":"shop.fields.json#/definitions/money"}]},"product_content":{"$ref":"shop.fields.json#/definitions/productContent"},"product_key":{"$ref":"shop.fields.json#/definitions/productKey"},"pic_url":{"$ref":"shop.fields.json#/definitions/picUrl"},"product_sale":{"description":"counted by the service (each paid purchase); it cannot be set","not":{}},"product_click":{"description":"counted by the service (each product/info); it cannot be set","not":{}},"product_collection":{"description":"counted by the service; it cannot be set","not":{}}}};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="product.update.json" */;
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid0 = false;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.product_status === undefined) && (missing0 = "product_status")){
const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema55.anyOf[0].required,parentSchema:schema55.anyOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.product_name === undefined) && (missing1 = "product_name")){
const err1 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'",schema:schema55.anyOf[1].required,parentSchema:schema55.anyOf[1],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.product_content === undefined) && (missing2 = "product_content")){
const err2 = {instancePath,schemaPath:"#/anyOf/2/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'",schema:schema55.anyOf[2].required,parentSchema:schema55.anyOf[2],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.product_key === undefined) && (missing3 = "product_key")){
const err3 = {instancePath,schemaPath:"#/anyOf/3/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'",schema:schema55.anyOf[3].required,parentSchema:schema55.anyOf[3],data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var _valid0 = _errs5 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs6 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if((data.product_price === undefined) && (missing4 = "product_price")){
const err4 = {instancePath,schemaPath:"#/anyOf/4/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'",schema:schema55.anyOf[4].required,parentSchema:schema55.anyOf[4],data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid0 = _errs6 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs7 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing5;
if((data.product_disprice === undefined) && (missing5 = "product_disprice")){
const err5 = {instancePath,schemaPath:"#/anyOf/5/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'",schema:schema55.anyOf[5].required,parentSchema:schema55.anyOf[5],data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var _valid0 = _errs7 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs8 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing6;
if((data.pic_url === undefined) && (missing6 = "pic_url")){
const err6 = {instancePath,schemaPath:"#/anyOf/6/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'",schema:schema55.anyOf[6].required,parentSchema:schema55.anyOf[6],data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var _valid0 = _errs8 === errors;
valid0 = valid0 || _valid0;
}
}
}
}
}
}
if(!valid0){
const err7 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema55.anyOf,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
validate34.errors = vErrors;
return false;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing7;
if(((data.product_id === undefined) && (missing7 = "product_id")) || ((data.shop_id === undefined) && (missing7 = "shop_id"))){
validate34.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing7},message:"must have required property '"+missing7+"'",schema:schema55.required,parentSchema:schema55,data}];
return false;
}
else {
if(data.product_id !== undefined){
let data0 = data.product_id;
const _errs11 = errors;
const _errs12 = errors;
if((!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) && (typeof data0 !== "string")){
validate34.errors = [{instancePath:instancePath+"/product_id",schemaPath:"shop.fields.json#/definitions/productId/type",keyword:"type",params:{type: schema42.type},message:"must be integer,string",schema:schema42.type,parentSchema:schema42,data:data0}];
return false;
}
const _errs14 = errors;
if(typeof data0 === "string"){
if(func2(data0) < 1){
validate34.errors = [{instancePath:instancePath+"/product_id",schemaPath:"shop.fields.json#/definitions/productId/allOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema42.allOf[0],data:data0}];
return false;
}
}
var valid3 = _errs14 === errors;
if(valid3){
const _errs15 = errors;
if(errors === _errs15){
if(typeof data0 === "string"){
if(!pattern5.test(data0)){
validate34.errors = [{instancePath:instancePath+"/product_id",schemaPath:"shop.fields.json#/definitions/productId/allOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,15}$"},message:"must match pattern \""+"^[0-9]{1,15}$"+"\"",schema:"^[0-9]{1,15}$",parentSchema:schema42.allOf[1],data:data0}];
return false;
}
}
}
var valid3 = _errs15 === errors;
if(valid3){
const _errs17 = errors;
if(typeof data0 === "string"){
if(!pattern10.test(data0)){
validate34.errors = [{instancePath:instancePath+"/product_id",schemaPath:"shop.fields.json#/definitions/productId/allOf/2/pattern",keyword:"pattern",params:{pattern: "^0*[0-9]{1,7}$"},message:"must match pattern \""+"^0*[0-9]{1,7}$"+"\"",schema:"^0*[0-9]{1,7}$",parentSchema:schema42.allOf[2],data:data0}];
return false;
}
}
var valid3 = _errs17 === errors;
}
}
if(errors === _errs12){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 9999999 || isNaN(data0)){
validate34.errors = [{instancePath:instancePath+"/product_id",schemaPath:"shop.fields.json#/definitions/productId/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9999999},message:"must be <= 9999999",schema:9999999,parentSchema:schema42,data:data0}];
return false;
}
else {
if(data0 < 1 || isNaN(data0)){
validate34.errors = [{instancePath:instancePath+"/product_id",schemaPath:"shop.fields.json#/definitions/productId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema42,data:data0}];
return false;
}
}
}
}
var valid1 = _errs11 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.shop_id !== undefined){
let data1 = data.shop_id;
const _errs18 = errors;
const _errs19 = errors;
if((!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))) && (typeof data1 !== "string")){
validate34.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/type",keyword:"type",params:{type: schema32.type},message:"must be integer,string",schema:schema32.type,parentSchema:schema32,data:data1}];
return false;
}
const _errs21 = errors;
if(typeof data1 === "string"){
if(func2(data1) < 1){
validate34.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/allOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.allOf[0],data:data1}];
return false;
}
}
var valid5 = _errs21 === errors;
if(valid5){
const _errs22 = errors;
if(errors === _errs22){
if(typeof data1 === "string"){
if(!pattern5.test(data1)){
validate34.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/allOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,15}$"},message:"must match pattern \""+"^[0-9]{1,15}$"+"\"",schema:"^[0-9]{1,15}$",parentSchema:schema32.allOf[1],data:data1}];
return false;
}
}
}
var valid5 = _errs22 === errors;
if(valid5){
const _errs24 = errors;
if(typeof data1 === "string"){
if(!pattern6.test(data1)){
validate34.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/allOf/2/pattern",keyword:"pattern",params:{pattern: "^0*[0-9]{1,9}$"},message:"must match pattern \""+"^0*[0-9]{1,9}$"+"\"",schema:"^0*[0-9]{1,9}$",parentSchema:schema32.allOf[2],data:data1}];
return false;
}
}
var valid5 = _errs24 === errors;
}
}
if(errors === _errs19){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 999999999 || isNaN(data1)){
validate34.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/maximum",keyword:"maximum",params:{comparison: "<=", limit: 999999999},message:"must be <= 999999999",schema:999999999,parentSchema:schema32,data:data1}];
return false;
}
else {
if(data1 < 1 || isNaN(data1)){
validate34.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema32,data:data1}];
return false;
}
}
}
}
var valid1 = _errs18 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.product_status !== undefined){
let data2 = data.product_status;
const _errs25 = errors;
if((!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))) && (typeof data2 !== "string")){
validate34.errors = [{instancePath:instancePath+"/product_status",schemaPath:"#/properties/product_status/type",keyword:"type",params:{type: schema55.properties.product_status.type},message:"must be integer,string",schema:schema55.properties.product_status.type,parentSchema:schema55.properties.product_status,data:data2}];
return false;
}
if(!((((((data2 === 0) || (data2 === 1)) || (data2 === 2)) || (data2 === "0")) || (data2 === "1")) || (data2 === "2"))){
validate34.errors = [{instancePath:instancePath+"/product_status",schemaPath:"#/properties/product_status/enum",keyword:"enum",params:{allowedValues: schema55.properties.product_status.enum},message:"must be equal to one of the allowed values",schema:schema55.properties.product_status.enum,parentSchema:schema55.properties.product_status,data:data2}];
return false;
}
var valid1 = _errs25 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.product_name !== undefined){
let data3 = data.product_name;
const _errs27 = errors;
const _errs28 = errors;
if(typeof data3 == "string" && data !== undefined){
data3 = func9(data3);
data["product_name"] = data3;
}
if(errors === _errs28){
if(typeof data3 === "string"){
if(func2(data3) > 100){
validate34.errors = [{instancePath:instancePath+"/product_name",schemaPath:"shop.fields.json#/definitions/productName/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema29,data:data3}];
return false;
}
else {
if(func2(data3) < 1){
validate34.errors = [{instancePath:instancePath+"/product_name",schemaPath:"shop.fields.json#/definitions/productName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema29,data:data3}];
return false;
}
}
}
else {
validate34.errors = [{instancePath:instancePath+"/product_name",schemaPath:"shop.fields.json#/definitions/productName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.type,parentSchema:schema29,data:data3}];
return false;
}
}
var valid1 = _errs27 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.product_price !== undefined){
let data4 = data.product_price;
const _errs30 = errors;
const _errs31 = errors;
if((!((typeof data4 == "number") && (isFinite(data4)))) && (typeof data4 !== "string")){
validate34.errors = [{instancePath:instancePath+"/product_price",schemaPath:"shop.fields.json#/definitions/money/type",keyword:"type",params:{type: schema30.type},message:"must be number,string",schema:schema30.type,parentSchema:schema30,data:data4}];
return false;
}
const _errs33 = errors;
if(typeof data4 === "string"){
if(func2(data4) < 1){
validate34.errors = [{instancePath:instancePath+"/product_price",schemaPath:"shop.fields.json#/definitions/money/allOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema30.allOf[0],data:data4}];
return false;
}
}
var valid8 = _errs33 === errors;
if(valid8){
const _errs34 = errors;
if(errors === _errs34){
if(typeof data4 === "string"){
if(!pattern3.test(data4)){
validate34.errors = [{instancePath:instancePath+"/product_price",schemaPath:"shop.fields.json#/definitions/money/allOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*-?[0-9]+(\\.[0-9]+)?\\s*$"},message:"must match pattern \""+"^\\s*-?[0-9]+(\\.[0-9]+)?\\s*$"+"\"",schema:"^\\s*-?[0-9]+(\\.[0-9]+)?\\s*$",parentSchema:schema30.allOf[1],data:data4}];
return false;
}
}
}
var valid8 = _errs34 === errors;
}
if(errors === _errs31){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 1000000 || isNaN(data4)){
validate34.errors = [{instancePath:instancePath+"/product_price",schemaPath:"shop.fields.json#/definitions/money/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:schema30,data:data4}];
return false;
}
else {
if(data4 < 0 || isNaN(data4)){
validate34.errors = [{instancePath:instancePath+"/product_price",schemaPath:"shop.fields.json#/definitions/money/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema30,data:data4}];
return false;
}
}
}
}
var valid1 = _errs30 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.product_disprice !== undefined){
let data5 = data.product_disprice;
const _errs36 = errors;
const _errs37 = errors;
let valid9 = false;
const _errs38 = errors;
if(data5 !== null){
const err8 = {instancePath:instancePath+"/product_disprice",schemaPath:"#/properties/product_disprice/anyOf/0/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema55.properties.product_disprice.anyOf[0].type,parentSchema:schema55.properties.product_disprice.anyOf[0],data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid1 = _errs38 === errors;
valid9 = valid9 || _valid1;
if(!valid9){
const _errs40 = errors;
const _errs41 = errors;
if((!((typeof data5 == "number") && (isFinite(data5)))) && (typeof data5 !== "string")){
const err9 = {instancePath:instancePath+"/product_disprice",schemaPath:"shop.fields.json#/definitions/money/type",keyword:"type",params:{type: schema30.type},message:"must be number,string",schema:schema30.type,parentSchema:schema30,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const _errs43 = errors;
if(typeof data5 === "string"){
if(func2(data5) < 1){
const err10 = {instancePath:instancePath+"/product_disprice",schemaPath:"shop.fields.json#/definitions/money/allOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema30.allOf[0],data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
var valid11 = _errs43 === errors;
if(valid11){
const _errs44 = errors;
if(errors === _errs44){
if(typeof data5 === "string"){
if(!pattern3.test(data5)){
const err11 = {instancePath:instancePath+"/product_disprice",schemaPath:"shop.fields.json#/definitions/money/allOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*-?[0-9]+(\\.[0-9]+)?\\s*$"},message:"must match pattern \""+"^\\s*-?[0-9]+(\\.[0-9]+)?\\s*$"+"\"",schema:"^\\s*-?[0-9]+(\\.[0-9]+)?\\s*$",parentSchema:schema30.allOf[1],data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
var valid11 = _errs44 === errors;
}
if(errors === _errs41){
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 1000000 || isNaN(data5)){
const err12 = {instancePath:instancePath+"/product_disprice",schemaPath:"shop.fields.json#/definitions/money/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:schema30,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
if(data5 < 0 || isNaN(data5)){
const err13 = {instancePath:instancePath+"/product_disprice",schemaPath:"shop.fields.json#/definitions/money/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema30,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
}
var _valid1 = _errs40 === errors;
valid9 = valid9 || _valid1;
}
if(!valid9){
const err14 = {instancePath:instancePath+"/product_disprice",schemaPath:"#/properties/product_disprice/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema55.properties.product_disprice.anyOf,parentSchema:schema55.properties.product_disprice,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
validate34.errors = vErrors;
return false;
}
else {
errors = _errs37;
if(vErrors !== null){
if(_errs37){
vErrors.length = _errs37;
}
else {
vErrors = null;
}
}
}
var valid1 = _errs36 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.product_content !== undefined){
let data6 = data.product_content;
const _errs46 = errors;
const _errs47 = errors;
if(errors === _errs47){
if(typeof data6 === "string"){
if(func2(data6) > 5000){
validate34.errors = [{instancePath:instancePath+"/product_content",schemaPath:"shop.fields.json#/definitions/productContent/maxLength",keyword:"maxLength",params:{limit: 5000},message:"must NOT have more than 5000 characters",schema:5000,parentSchema:schema33,data:data6}];
return false;
}
}
else {
validate34.errors = [{instancePath:instancePath+"/product_content",schemaPath:"shop.fields.json#/definitions/productContent/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data6}];
return false;
}
}
var valid1 = _errs46 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.product_key !== undefined){
let data7 = data.product_key;
const _errs49 = errors;
const _errs50 = errors;
if(errors === _errs50){
if(typeof data7 === "string"){
if(func2(data7) > 255){
validate34.errors = [{instancePath:instancePath+"/product_key",schemaPath:"shop.fields.json#/definitions/productKey/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema34,data:data7}];
return false;
}
}
else {
validate34.errors = [{instancePath:instancePath+"/product_key",schemaPath:"shop.fields.json#/definitions/productKey/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data7}];
return false;
}
}
var valid1 = _errs49 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.pic_url !== undefined){
let data8 = data.pic_url;
const _errs52 = errors;
const _errs53 = errors;
if(errors === _errs53){
if(typeof data8 === "string"){
if(func2(data8) > 512){
validate34.errors = [{instancePath:instancePath+"/pic_url",schemaPath:"shop.fields.json#/definitions/picUrl/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters",schema:512,parentSchema:schema35,data:data8}];
return false;
}
}
else {
validate34.errors = [{instancePath:instancePath+"/pic_url",schemaPath:"shop.fields.json#/definitions/picUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data8}];
return false;
}
}
var valid1 = _errs52 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.product_sale !== undefined){
const _errs55 = errors;
validate34.errors = [{instancePath:instancePath+"/product_sale",schemaPath:"#/properties/product_sale/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema55.properties.product_sale.not,parentSchema:schema55.properties.product_sale,data:data.product_sale}];
return false;
var valid1 = _errs55 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.product_click !== undefined){
const _errs57 = errors;
validate34.errors = [{instancePath:instancePath+"/product_click",schemaPath:"#/properties/product_click/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema55.properties.product_click.not,parentSchema:schema55.properties.product_click,data:data.product_click}];
return false;
var valid1 = _errs57 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.product_collection !== undefined){
const _errs59 = errors;
validate34.errors = [{instancePath:instancePath+"/product_collection",schemaPath:"#/properties/product_collection/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema55.properties.product_collection.not,parentSchema:schema55.properties.product_collection,data:data.product_collection}];
return false;
var valid1 = _errs59 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate34.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema55.type,parentSchema:schema55,data}];
return false;
}
}
validate34.errors = vErrors;
return errors === 0;
}

export const file18 = validate35;
const schema64 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"property.add.answer.json","title":"property/add answer","description":"The notice's id.","examples":[{"uid":1555943163}],"$ref":"answer.fields.json#/definitions/uid"};
const schema65 = {"type":"object","additionalProperties":false,"required":["uid"],"properties":{"uid":{"description":"The notice's id.","type":"integer"}}};

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="property.add.answer.json" */;
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(errors === _errs0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.uid === undefined) && (missing0 = "uid")){
validate35.errors = [{instancePath,schemaPath:"answer.fields.json#/definitions/uid/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema65.required,parentSchema:schema65,data}];
return false;
}
else {
const _errs2 = errors;
for(const key0 in data){
if(!(key0 === "uid")){
validate35.errors = [{instancePath,schemaPath:"answer.fields.json#/definitions/uid/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema65,data}];
return false;
break;
}
}
if(_errs2 === errors){
if(data.uid !== undefined){
let data0 = data.uid;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate35.errors = [{instancePath:instancePath+"/uid",schemaPath:"answer.fields.json#/definitions/uid/properties/uid/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema65.properties.uid.type,parentSchema:schema65.properties.uid,data:data0}];
return false;
}
}
}
}
}
else {
validate35.errors = [{instancePath,schemaPath:"answer.fields.json#/definitions/uid/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema65.type,parentSchema:schema65,data}];
return false;
}
}
validate35.errors = vErrors;
return errors === 0;
}

export const file19 = validate36;
const schema66 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"property.add.json","title":"property/add data","description":"Posts a notice owned by the token's user. Answers {uid}. occurrence_time and publish_time empty or missing: now (occurrence_time: the publish time); state is 0; id, user2_*, update_time are ignored. -202 missing, -201 empty, -203 wrong type, -204 bad value or a user_id that is not the token's.","x-type-name":"失物招领 · lost and found","examples":[{"type":1,"lab":"卡类|一卡通","title":"我丢了一张一卡通","content":"在教学楼丢了校园卡","user_name":"王凌超","user_phone":"13750687010","user_qq":"893721708"}],"type":"object","required":["type","lab","title","content","user_name"],"properties":{"type":{"$ref":"property.fields.json#/definitions/kind"},"lab":{"$ref":"property.fields.json#/definitions/lab"},"title":{"$ref":"property.fields.json#/definitions/title"},"content":{"$ref":"property.fields.json#/definitions/content"},"occurrence_time":{"$ref":"property.fields.json#/definitions/datetime"},"user_id":{"$ref":"property.fields.json#/definitions/userId"},"user_name":{"$ref":"property.fields.json#/definitions/userName"},"user_phone":{"$ref":"property.fields.json#/definitions/phoneOrQq"},"user_qq":{"$ref":"property.fields.json#/definitions/phoneOrQq"},"publish_time":{"$ref":"property.fields.json#/definitions/datetime"},"pic_num":{"$ref":"property.fields.json#/definitions/picNum"},"pic_url1":{"$ref":"property.fields.json#/definitions/picUrl"},"pic_url2":{"$ref":"property.fields.json#/definitions/picUrl"},"pic_url3":{"$ref":"property.fields.json#/definitions/picUrl"}}};
const schema68 = {"description":"1 lost (寻物启事), 2 found (失物招领).","type":["integer","string"],"allOf":[{"minLength":1},{"pattern":"^[0-9]+$","x-status":"valueType"},{"enum":[1,2,"1","2"]}]};
const schema69 = {"description":"Tags, separated by \"|\".","type":"string","minLength":1,"maxLength":50};
const schema70 = {"type":"string","minLength":1,"maxLength":20};
const schema71 = {"type":"string","minLength":1,"maxLength":500};
const schema72 = {"type":"string","format":"campus-datetime"};
const schema73 = {"description":"Must be the token's user when given (empty means the token's user).","type":["string","integer"],"maxLength":15};
const schema74 = {"type":"string","minLength":1,"maxLength":10};
const schema75 = {"type":"string","maxLength":15};
const schema78 = {"description":"How many pictures, 0 to 3.","type":["integer","string"],"allOf":[{"minLength":1},{"pattern":"^[0-9]+$","x-status":"valueType"},{"enum":[0,1,2,3,"0","1","2","3"]}]};
const schema79 = {"type":"string","maxLength":1024};
const pattern23 = new RegExp("^[0-9]+$", "u");
const formats0 = schemaFormats["campus-datetime"];

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="property.add.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.type === undefined) && (missing0 = "type")) || ((data.lab === undefined) && (missing0 = "lab"))) || ((data.title === undefined) && (missing0 = "title"))) || ((data.content === undefined) && (missing0 = "content"))) || ((data.user_name === undefined) && (missing0 = "user_name"))){
validate36.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema66.required,parentSchema:schema66,data}];
return false;
}
else {
if(data.type !== undefined){
let data0 = data.type;
const _errs2 = errors;
if((!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) && (typeof data0 !== "string")){
validate36.errors = [{instancePath:instancePath+"/type",schemaPath:"property.fields.json#/definitions/kind/type",keyword:"type",params:{type: schema68.type},message:"must be integer,string",schema:schema68.type,parentSchema:schema68,data:data0}];
return false;
}
const _errs5 = errors;
if(typeof data0 === "string"){
if(func2(data0) < 1){
validate36.errors = [{instancePath:instancePath+"/type",schemaPath:"property.fields.json#/definitions/kind/allOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema68.allOf[0],data:data0}];
return false;
}
}
var valid2 = _errs5 === errors;
if(valid2){
const _errs6 = errors;
if(errors === _errs6){
if(typeof data0 === "string"){
if(!pattern23.test(data0)){
validate36.errors = [{instancePath:instancePath+"/type",schemaPath:"property.fields.json#/definitions/kind/allOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]+$"},message:"must match pattern \""+"^[0-9]+$"+"\"",schema:"^[0-9]+$",parentSchema:schema68.allOf[1],data:data0}];
return false;
}
}
}
var valid2 = _errs6 === errors;
if(valid2){
const _errs8 = errors;
if(!((((data0 === 1) || (data0 === 2)) || (data0 === "1")) || (data0 === "2"))){
validate36.errors = [{instancePath:instancePath+"/type",schemaPath:"property.fields.json#/definitions/kind/allOf/2/enum",keyword:"enum",params:{allowedValues: schema68.allOf[2].enum},message:"must be equal to one of the allowed values",schema:schema68.allOf[2].enum,parentSchema:schema68.allOf[2],data:data0}];
return false;
}
var valid2 = _errs8 === errors;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.lab !== undefined){
let data1 = data.lab;
const _errs9 = errors;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data1 === "string"){
if(func2(data1) > 50){
validate36.errors = [{instancePath:instancePath+"/lab",schemaPath:"property.fields.json#/definitions/lab/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters",schema:50,parentSchema:schema69,data:data1}];
return false;
}
else {
if(func2(data1) < 1){
validate36.errors = [{instancePath:instancePath+"/lab",schemaPath:"property.fields.json#/definitions/lab/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema69,data:data1}];
return false;
}
}
}
else {
validate36.errors = [{instancePath:instancePath+"/lab",schemaPath:"property.fields.json#/definitions/lab/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.type,parentSchema:schema69,data:data1}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.title !== undefined){
let data2 = data.title;
const _errs12 = errors;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data2 === "string"){
if(func2(data2) > 20){
validate36.errors = [{instancePath:instancePath+"/title",schemaPath:"property.fields.json#/definitions/title/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters",schema:20,parentSchema:schema70,data:data2}];
return false;
}
else {
if(func2(data2) < 1){
validate36.errors = [{instancePath:instancePath+"/title",schemaPath:"property.fields.json#/definitions/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema70,data:data2}];
return false;
}
}
}
else {
validate36.errors = [{instancePath:instancePath+"/title",schemaPath:"property.fields.json#/definitions/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.type,parentSchema:schema70,data:data2}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.content !== undefined){
let data3 = data.content;
const _errs15 = errors;
const _errs16 = errors;
if(errors === _errs16){
if(typeof data3 === "string"){
if(func2(data3) > 500){
validate36.errors = [{instancePath:instancePath+"/content",schemaPath:"property.fields.json#/definitions/content/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema71,data:data3}];
return false;
}
else {
if(func2(data3) < 1){
validate36.errors = [{instancePath:instancePath+"/content",schemaPath:"property.fields.json#/definitions/content/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema71,data:data3}];
return false;
}
}
}
else {
validate36.errors = [{instancePath:instancePath+"/content",schemaPath:"property.fields.json#/definitions/content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema71.type,parentSchema:schema71,data:data3}];
return false;
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.occurrence_time !== undefined){
let data4 = data.occurrence_time;
const _errs18 = errors;
const _errs19 = errors;
if(errors === _errs19){
if(errors === _errs19){
if(typeof data4 === "string"){
if(!(formats0.validate(data4))){
validate36.errors = [{instancePath:instancePath+"/occurrence_time",schemaPath:"property.fields.json#/definitions/datetime/format",keyword:"format",params:{format: "campus-datetime"},message:"must match format \""+"campus-datetime"+"\"",schema:"campus-datetime",parentSchema:schema72,data:data4}];
return false;
}
}
else {
validate36.errors = [{instancePath:instancePath+"/occurrence_time",schemaPath:"property.fields.json#/definitions/datetime/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.type,parentSchema:schema72,data:data4}];
return false;
}
}
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user_id !== undefined){
let data5 = data.user_id;
const _errs21 = errors;
const _errs22 = errors;
if((typeof data5 !== "string") && (!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5))))){
validate36.errors = [{instancePath:instancePath+"/user_id",schemaPath:"property.fields.json#/definitions/userId/type",keyword:"type",params:{type: schema73.type},message:"must be string,integer",schema:schema73.type,parentSchema:schema73,data:data5}];
return false;
}
if(errors === _errs22){
if(typeof data5 === "string"){
if(func2(data5) > 15){
validate36.errors = [{instancePath:instancePath+"/user_id",schemaPath:"property.fields.json#/definitions/userId/maxLength",keyword:"maxLength",params:{limit: 15},message:"must NOT have more than 15 characters",schema:15,parentSchema:schema73,data:data5}];
return false;
}
}
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user_name !== undefined){
let data6 = data.user_name;
const _errs24 = errors;
const _errs25 = errors;
if(errors === _errs25){
if(typeof data6 === "string"){
if(func2(data6) > 10){
validate36.errors = [{instancePath:instancePath+"/user_name",schemaPath:"property.fields.json#/definitions/userName/maxLength",keyword:"maxLength",params:{limit: 10},message:"must NOT have more than 10 characters",schema:10,parentSchema:schema74,data:data6}];
return false;
}
else {
if(func2(data6) < 1){
validate36.errors = [{instancePath:instancePath+"/user_name",schemaPath:"property.fields.json#/definitions/userName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema74,data:data6}];
return false;
}
}
}
else {
validate36.errors = [{instancePath:instancePath+"/user_name",schemaPath:"property.fields.json#/definitions/userName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema74.type,parentSchema:schema74,data:data6}];
return false;
}
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user_phone !== undefined){
let data7 = data.user_phone;
const _errs27 = errors;
const _errs28 = errors;
if(errors === _errs28){
if(typeof data7 === "string"){
if(func2(data7) > 15){
validate36.errors = [{instancePath:instancePath+"/user_phone",schemaPath:"property.fields.json#/definitions/phoneOrQq/maxLength",keyword:"maxLength",params:{limit: 15},message:"must NOT have more than 15 characters",schema:15,parentSchema:schema75,data:data7}];
return false;
}
}
else {
validate36.errors = [{instancePath:instancePath+"/user_phone",schemaPath:"property.fields.json#/definitions/phoneOrQq/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema75.type,parentSchema:schema75,data:data7}];
return false;
}
}
var valid0 = _errs27 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user_qq !== undefined){
let data8 = data.user_qq;
const _errs30 = errors;
const _errs31 = errors;
if(errors === _errs31){
if(typeof data8 === "string"){
if(func2(data8) > 15){
validate36.errors = [{instancePath:instancePath+"/user_qq",schemaPath:"property.fields.json#/definitions/phoneOrQq/maxLength",keyword:"maxLength",params:{limit: 15},message:"must NOT have more than 15 characters",schema:15,parentSchema:schema75,data:data8}];
return false;
}
}
else {
validate36.errors = [{instancePath:instancePath+"/user_qq",schemaPath:"property.fields.json#/definitions/phoneOrQq/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema75.type,parentSchema:schema75,data:data8}];
return false;
}
}
var valid0 = _errs30 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.publish_time !== undefined){
let data9 = data.publish_time;
const _errs33 = errors;
const _errs34 = errors;
if(errors === _errs34){
if(errors === _errs34){
if(typeof data9 === "string"){
if(!(formats0.validate(data9))){
validate36.errors = [{instancePath:instancePath+"/publish_time",schemaPath:"property.fields.json#/definitions/datetime/format",keyword:"format",params:{format: "campus-datetime"},message:"must match format \""+"campus-datetime"+"\"",schema:"campus-datetime",parentSchema:schema72,data:data9}];
return false;
}
}
else {
validate36.errors = [{instancePath:instancePath+"/publish_time",schemaPath:"property.fields.json#/definitions/datetime/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.type,parentSchema:schema72,data:data9}];
return false;
}
}
}
var valid0 = _errs33 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pic_num !== undefined){
let data10 = data.pic_num;
const _errs36 = errors;
if((!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))) && (typeof data10 !== "string")){
validate36.errors = [{instancePath:instancePath+"/pic_num",schemaPath:"property.fields.json#/definitions/picNum/type",keyword:"type",params:{type: schema78.type},message:"must be integer,string",schema:schema78.type,parentSchema:schema78,data:data10}];
return false;
}
const _errs39 = errors;
if(typeof data10 === "string"){
if(func2(data10) < 1){
validate36.errors = [{instancePath:instancePath+"/pic_num",schemaPath:"property.fields.json#/definitions/picNum/allOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema78.allOf[0],data:data10}];
return false;
}
}
var valid13 = _errs39 === errors;
if(valid13){
const _errs40 = errors;
if(errors === _errs40){
if(typeof data10 === "string"){
if(!pattern23.test(data10)){
validate36.errors = [{instancePath:instancePath+"/pic_num",schemaPath:"property.fields.json#/definitions/picNum/allOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]+$"},message:"must match pattern \""+"^[0-9]+$"+"\"",schema:"^[0-9]+$",parentSchema:schema78.allOf[1],data:data10}];
return false;
}
}
}
var valid13 = _errs40 === errors;
if(valid13){
const _errs42 = errors;
if(!((((((((data10 === 0) || (data10 === 1)) || (data10 === 2)) || (data10 === 3)) || (data10 === "0")) || (data10 === "1")) || (data10 === "2")) || (data10 === "3"))){
validate36.errors = [{instancePath:instancePath+"/pic_num",schemaPath:"property.fields.json#/definitions/picNum/allOf/2/enum",keyword:"enum",params:{allowedValues: schema78.allOf[2].enum},message:"must be equal to one of the allowed values",schema:schema78.allOf[2].enum,parentSchema:schema78.allOf[2],data:data10}];
return false;
}
var valid13 = _errs42 === errors;
}
}
var valid0 = _errs36 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pic_url1 !== undefined){
let data11 = data.pic_url1;
const _errs43 = errors;
const _errs44 = errors;
if(errors === _errs44){
if(typeof data11 === "string"){
if(func2(data11) > 1024){
validate36.errors = [{instancePath:instancePath+"/pic_url1",schemaPath:"property.fields.json#/definitions/picUrl/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema79,data:data11}];
return false;
}
}
else {
validate36.errors = [{instancePath:instancePath+"/pic_url1",schemaPath:"property.fields.json#/definitions/picUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema79.type,parentSchema:schema79,data:data11}];
return false;
}
}
var valid0 = _errs43 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pic_url2 !== undefined){
let data12 = data.pic_url2;
const _errs46 = errors;
const _errs47 = errors;
if(errors === _errs47){
if(typeof data12 === "string"){
if(func2(data12) > 1024){
validate36.errors = [{instancePath:instancePath+"/pic_url2",schemaPath:"property.fields.json#/definitions/picUrl/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema79,data:data12}];
return false;
}
}
else {
validate36.errors = [{instancePath:instancePath+"/pic_url2",schemaPath:"property.fields.json#/definitions/picUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema79.type,parentSchema:schema79,data:data12}];
return false;
}
}
var valid0 = _errs46 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pic_url3 !== undefined){
let data13 = data.pic_url3;
const _errs49 = errors;
const _errs50 = errors;
if(errors === _errs50){
if(typeof data13 === "string"){
if(func2(data13) > 1024){
validate36.errors = [{instancePath:instancePath+"/pic_url3",schemaPath:"property.fields.json#/definitions/picUrl/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema79,data:data13}];
return false;
}
}
else {
validate36.errors = [{instancePath:instancePath+"/pic_url3",schemaPath:"property.fields.json#/definitions/picUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema79.type,parentSchema:schema79,data:data13}];
return false;
}
}
var valid0 = _errs49 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate36.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema66.type,parentSchema:schema66,data}];
return false;
}
}
validate36.errors = vErrors;
return errors === 0;
}

export const file20 = validate38;
const schema82 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"property.delete.answer.json","title":"property/delete answer","description":"The notice's id.","examples":[{"uid":1555943163}],"$ref":"answer.fields.json#/definitions/uid"};

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="property.delete.answer.json" */;
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(errors === _errs0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.uid === undefined) && (missing0 = "uid")){
validate38.errors = [{instancePath,schemaPath:"answer.fields.json#/definitions/uid/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema65.required,parentSchema:schema65,data}];
return false;
}
else {
const _errs2 = errors;
for(const key0 in data){
if(!(key0 === "uid")){
validate38.errors = [{instancePath,schemaPath:"answer.fields.json#/definitions/uid/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema65,data}];
return false;
break;
}
}
if(_errs2 === errors){
if(data.uid !== undefined){
let data0 = data.uid;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate38.errors = [{instancePath:instancePath+"/uid",schemaPath:"answer.fields.json#/definitions/uid/properties/uid/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema65.properties.uid.type,parentSchema:schema65.properties.uid,data:data0}];
return false;
}
}
}
}
}
else {
validate38.errors = [{instancePath,schemaPath:"answer.fields.json#/definitions/uid/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema65.type,parentSchema:schema65,data}];
return false;
}
}
validate38.errors = vErrors;
return errors === 0;
}

export const file21 = validate39;
const schema84 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"property.delete.json","title":"property/delete data","description":"Deletes one of the token's user's notices. Answers {uid}. Every key but id and user_id is ignored; -200 when nothing was deleted (no such notice, or not the caller's).","x-type-name":"失物招领 · lost and found","examples":[{"id":1555943163}],"type":"object","required":["id"],"properties":{"id":{"$ref":"property.fields.json#/definitions/id"},"user_id":{"$ref":"property.fields.json#/definitions/userId"}}};
const schema85 = {"description":"The notice's id (generated by the database).","type":["integer","string"],"minimum":1,"allOf":[{"minLength":1},{"pattern":"^[0-9]{1,15}$","x-status":"valueType"}]};

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="property.delete.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.id === undefined) && (missing0 = "id")){
validate39.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema84.required,parentSchema:schema84,data}];
return false;
}
else {
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
const _errs3 = errors;
if((!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) && (typeof data0 !== "string")){
validate39.errors = [{instancePath:instancePath+"/id",schemaPath:"property.fields.json#/definitions/id/type",keyword:"type",params:{type: schema85.type},message:"must be integer,string",schema:schema85.type,parentSchema:schema85,data:data0}];
return false;
}
const _errs5 = errors;
if(typeof data0 === "string"){
if(func2(data0) < 1){
validate39.errors = [{instancePath:instancePath+"/id",schemaPath:"property.fields.json#/definitions/id/allOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema85.allOf[0],data:data0}];
return false;
}
}
var valid2 = _errs5 === errors;
if(valid2){
const _errs6 = errors;
if(errors === _errs6){
if(typeof data0 === "string"){
if(!pattern5.test(data0)){
validate39.errors = [{instancePath:instancePath+"/id",schemaPath:"property.fields.json#/definitions/id/allOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,15}$"},message:"must match pattern \""+"^[0-9]{1,15}$"+"\"",schema:"^[0-9]{1,15}$",parentSchema:schema85.allOf[1],data:data0}];
return false;
}
}
}
var valid2 = _errs6 === errors;
}
if(errors === _errs3){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate39.errors = [{instancePath:instancePath+"/id",schemaPath:"property.fields.json#/definitions/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema85,data:data0}];
return false;
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user_id !== undefined){
let data1 = data.user_id;
const _errs8 = errors;
const _errs9 = errors;
if((typeof data1 !== "string") && (!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1))))){
validate39.errors = [{instancePath:instancePath+"/user_id",schemaPath:"property.fields.json#/definitions/userId/type",keyword:"type",params:{type: schema73.type},message:"must be string,integer",schema:schema73.type,parentSchema:schema73,data:data1}];
return false;
}
if(errors === _errs9){
if(typeof data1 === "string"){
if(func2(data1) > 15){
validate39.errors = [{instancePath:instancePath+"/user_id",schemaPath:"property.fields.json#/definitions/userId/maxLength",keyword:"maxLength",params:{limit: 15},message:"must NOT have more than 15 characters",schema:15,parentSchema:schema73,data:data1}];
return false;
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate39.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema84.type,parentSchema:schema84,data}];
return false;
}
}
validate39.errors = vErrors;
return errors === 0;
}

export const file22 = validate37;
const schema67 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"property.fields.json","title":"Lost-and-found notice fields","description":"Field definitions shared by property/add, property/update and property/delete. Lengths count characters. Datetimes are \"YYYY-MM-DD HH:MM:SS\" in the service's time zone (Asia/Shanghai by default); an empty one takes its default. Integers may also be sent as strings of digits.","definitions":{"id":{"description":"The notice's id (generated by the database).","type":["integer","string"],"minimum":1,"allOf":[{"minLength":1},{"pattern":"^[0-9]{1,15}$","x-status":"valueType"}]},"kind":{"description":"1 lost (寻物启事), 2 found (失物招领).","type":["integer","string"],"allOf":[{"minLength":1},{"pattern":"^[0-9]+$","x-status":"valueType"},{"enum":[1,2,"1","2"]}]},"state":{"description":"0 open, 1 closed.","type":["integer","string"],"allOf":[{"minLength":1},{"pattern":"^[0-9]+$","x-status":"valueType"},{"enum":[0,1,"0","1"]}]},"picNum":{"description":"How many pictures, 0 to 3.","type":["integer","string"],"allOf":[{"minLength":1},{"pattern":"^[0-9]+$","x-status":"valueType"},{"enum":[0,1,2,3,"0","1","2","3"]}]},"lab":{"description":"Tags, separated by \"|\".","type":"string","minLength":1,"maxLength":50},"title":{"type":"string","minLength":1,"maxLength":20},"content":{"type":"string","minLength":1,"maxLength":500},"userName":{"type":"string","minLength":1,"maxLength":10},"userId":{"description":"Must be the token's user when given (empty means the token's user).","type":["string","integer"],"maxLength":15},"optionalName":{"type":"string","maxLength":10},"phoneOrQq":{"type":"string","maxLength":15},"datetime":{"type":"string","format":"campus-datetime"},"picUrl":{"type":"string","maxLength":1024}}};

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="property.fields.json" */;
validate37.errors = null;
return true;
}

export const file23 = validate40;
const schema87 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"property.query.answer.json","title":"GET /api/external/get/property answer","description":"A page of notices, newest update first.","examples":[[{"id":1555943200,"type":1,"state":0,"lab":"卡类|一卡通","title":"丢了一卡通","content":"在图书馆三楼丢失","occurrence_time":"2026-11-24 09:00:00","user_id":"1180310086","user_name":"王凌超","user_phone":"","user_qq":"","user2_id":"","user2_name":"","user2_phone":"","user2_qq":"","publish_time":"2026-11-24 10:00:00","update_time":"2026-11-24 10:00:00","pic_num":0,"pic_url1":"","pic_url2":"","pic_url3":""}]],"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","type","state","lab","title","content","occurrence_time","user_id","user_name","user_phone","user_qq","user2_id","user2_name","user2_phone","user2_qq","publish_time","update_time","pic_num","pic_url1","pic_url2","pic_url3"],"properties":{"id":{"description":"The notice's id.","type":"integer"},"type":{"description":"1 lost (寻物启事), 2 found (失物招领).","type":"integer","enum":[1,2]},"state":{"description":"0 open, 1 closed.","type":["integer","null"]},"lab":{"type":["string","null"]},"title":{"type":["string","null"]},"content":{"type":["string","null"]},"occurrence_time":{"description":"\"YYYY-MM-DD HH:MM:SS\" in the service's time zone.","type":["string","null"]},"user_id":{"type":["string","null"],"description":"The owner (null only in rows adopted from the original server, as are the other nulls)."},"user_name":{"type":["string","null"]},"user_phone":{"type":["string","null"]},"user_qq":{"type":["string","null"]},"user2_id":{"type":["string","null"]},"user2_name":{"type":["string","null"]},"user2_phone":{"type":["string","null"]},"user2_qq":{"type":["string","null"]},"publish_time":{"description":"\"YYYY-MM-DD HH:MM:SS\" in the service's time zone.","type":["string","null"]},"update_time":{"description":"\"YYYY-MM-DD HH:MM:SS\" in the service's time zone.","type":["string","null"]},"pic_num":{"description":"How many pictures, 0 to 3.","type":["integer","null"]},"pic_url1":{"type":["string","null"]},"pic_url2":{"type":["string","null"]},"pic_url3":{"type":["string","null"]}}}};

function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="property.query.answer.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(Array.isArray(data)){
var valid0 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
const _errs1 = errors;
if(errors === _errs1){
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
let missing0;
if((((((((((((((((((((((data0.id === undefined) && (missing0 = "id")) || ((data0.type === undefined) && (missing0 = "type"))) || ((data0.state === undefined) && (missing0 = "state"))) || ((data0.lab === undefined) && (missing0 = "lab"))) || ((data0.title === undefined) && (missing0 = "title"))) || ((data0.content === undefined) && (missing0 = "content"))) || ((data0.occurrence_time === undefined) && (missing0 = "occurrence_time"))) || ((data0.user_id === undefined) && (missing0 = "user_id"))) || ((data0.user_name === undefined) && (missing0 = "user_name"))) || ((data0.user_phone === undefined) && (missing0 = "user_phone"))) || ((data0.user_qq === undefined) && (missing0 = "user_qq"))) || ((data0.user2_id === undefined) && (missing0 = "user2_id"))) || ((data0.user2_name === undefined) && (missing0 = "user2_name"))) || ((data0.user2_phone === undefined) && (missing0 = "user2_phone"))) || ((data0.user2_qq === undefined) && (missing0 = "user2_qq"))) || ((data0.publish_time === undefined) && (missing0 = "publish_time"))) || ((data0.update_time === undefined) && (missing0 = "update_time"))) || ((data0.pic_num === undefined) && (missing0 = "pic_num"))) || ((data0.pic_url1 === undefined) && (missing0 = "pic_url1"))) || ((data0.pic_url2 === undefined) && (missing0 = "pic_url2"))) || ((data0.pic_url3 === undefined) && (missing0 = "pic_url3"))){
validate40.errors = [{instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema87.items.required,parentSchema:schema87.items,data:data0}];
return false;
}
else {
const _errs3 = errors;
for(const key0 in data0){
if(!(func18.call(schema87.items.properties, key0))){
validate40.errors = [{instancePath:instancePath+"/" + i0,schemaPath:"#/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema87.items,data:data0}];
return false;
break;
}
}
if(_errs3 === errors){
if(data0.id !== undefined){
let data1 = data0.id;
const _errs4 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate40.errors = [{instancePath:instancePath+"/" + i0+"/id",schemaPath:"#/items/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema87.items.properties.id.type,parentSchema:schema87.items.properties.id,data:data1}];
return false;
}
var valid1 = _errs4 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.type !== undefined){
let data2 = data0.type;
const _errs6 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate40.errors = [{instancePath:instancePath+"/" + i0+"/type",schemaPath:"#/items/properties/type/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema87.items.properties.type.type,parentSchema:schema87.items.properties.type,data:data2}];
return false;
}
if(!((data2 === 1) || (data2 === 2))){
validate40.errors = [{instancePath:instancePath+"/" + i0+"/type",schemaPath:"#/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema87.items.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema87.items.properties.type.enum,parentSchema:schema87.items.properties.type,data:data2}];
return false;
}
var valid1 = _errs6 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.state !== undefined){
let data3 = data0.state;
const _errs8 = errors;
if((!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))) && (data3 !== null)){
validate40.errors = [{instancePath:instancePath+"/" + i0+"/state",schemaPath:"#/items/properties/state/type",keyword:"type",params:{type: schema87.items.properties.state.type},message:"must be integer,null",schema:schema87.items.properties.state.type,parentSchema:schema87.items.properties.state,data:data3}];
return false;
}
var valid1 = _errs8 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.lab !== undefined){
let data4 = data0.lab;
const _errs10 = errors;
if((typeof data4 !== "string") && (data4 !== null)){
validate40.errors = [{instancePath:instancePath+"/" + i0+"/lab",schemaPath:"#/items/properties/lab/type",keyword:"type",params:{type: schema87.items.properties.lab.type},message:"must be string,null",schema:schema87.items.properties.lab.type,parentSchema:schema87.items.properties.lab,data:data4}];
return false;
}
var valid1 = _errs10 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.title !== undefined){
let data5 = data0.title;
const _errs12 = errors;
if((typeof data5 !== "string") && (data5 !== null)){
validate40.errors = [{instancePath:instancePath+"/" + i0+"/title",schemaPath:"#/items/properties/title/type",keyword:"type",params:{type: schema87.items.properties.title.type},message:"must be string,null",schema:schema87.items.properties.title.type,parentSchema:schema87.items.properties.title,data:data5}];
return false;
}
var valid1 = _errs12 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.content !== undefined){
let data6 = data0.content;
const _errs14 = errors;
if((typeof data6 !== "string") && (data6 !== null)){
validate40.errors = [{instancePath:instancePath+"/" + i0+"/content",schemaPath:"#/items/properties/content/type",keyword:"type",params:{type: schema87.items.properties.content.type},message:"must be string,null",schema:schema87.items.properties.content.type,parentSchema:schema87.items.properties.content,data:data6}];
return false;
}
var valid1 = _errs14 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.occurrence_time !== undefined){
let data7 = data0.occurrence_time;
const _errs16 = errors;
if((typeof data7 !== "string") && (data7 !== null)){
validate40.errors = [{instancePath:instancePath+"/" + i0+"/occurrence_time",schemaPath:"#/items/properties/occurrence_time/type",keyword:"type",params:{type: schema87.items.properties.occurrence_time.type},message:"must be string,null",schema:schema87.items.properties.occurrence_time.type,parentSchema:schema87.items.properties.occurrence_time,data:data7}];
return false;
}
var valid1 = _errs16 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.user_id !== undefined){
let data8 = data0.user_id;
const _errs18 = errors;
if((typeof data8 !== "string") && (data8 !== null)){
validate40.errors = [{instancePath:instancePath+"/" + i0+"/user_id",schemaPath:"#/items/properties/user_id/type",keyword:"type",params:{type: schema87.items.properties.user_id.type},message:"must be string,null",schema:schema87.items.properties.user_id.type,parentSchema:schema87.items.properties.user_id,data:data8}];
return false;
}
var valid1 = _errs18 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.user_name !== undefined){
let data9 = data0.user_name;
const _errs20 = errors;
if((typeof data9 !== "string") && (data9 !== null)){
validate40.errors = [{instancePath:instancePath+"/" + i0+"/user_name",schemaPath:"#/items/properties/user_name/type",keyword:"type",params:{type: schema87.items.properties.user_name.type},message:"must be string,null",schema:schema87.items.properties.user_name.type,parentSchema:schema87.items.properties.user_name,data:data9}];
return false;
}
var valid1 = _errs20 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.user_phone !== undefined){
let data10 = data0.user_phone;
const _errs22 = errors;
if((typeof data10 !== "string") && (data10 !== null)){
validate40.errors = [{instancePath:instancePath+"/" + i0+"/user_phone",schemaPath:"#/items/properties/user_phone/type",keyword:"type",params:{type: schema87.items.properties.user_phone.type},message:"must be string,null",schema:schema87.items.properties.user_phone.type,parentSchema:schema87.items.properties.user_phone,data:data10}];
return false;
}
var valid1 = _errs22 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.user_qq !== undefined){
let data11 = data0.user_qq;
const _errs24 = errors;
if((typeof data11 !== "string") && (data11 !== null)){
validate40.errors = [{instancePath:instancePath+"/" + i0+"/user_qq",schemaPath:"#/items/properties/user_qq/type",keyword:"type",params:{type: schema87.items.properties.user_qq.type},message:"must be string,null",schema:schema87.items.properties.user_qq.type,parentSchema:schema87.items.properties.user_qq,data:data11}];
return false;
}
var valid1 = _errs24 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.user2_id !== undefined){
let data12 = data0.user2_id;
const _errs26 = errors;
if((typeof data12 !== "string") && (data12 !== null)){
validate40.errors = [{instancePath:instancePath+"/" + i0+"/user2_id",schemaPath:"#/items/properties/user2_id/type",keyword:"type",params:{type: schema87.items.properties.user2_id.type},message:"must be string,null",schema:schema87.items.properties.user2_id.type,parentSchema:schema87.items.properties.user2_id,data:data12}];
return false;
}
var valid1 = _errs26 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.user2_name !== undefined){
let data13 = data0.user2_name;
const _errs28 = errors;
if((typeof data13 !== "string") && (data13 !== null)){
validate40.errors = [{instancePath:instancePath+"/" + i0+"/user2_name",schemaPath:"#/items/properties/user2_name/type",keyword:"type",params:{type: schema87.items.properties.user2_name.type},message:"must be string,null",schema:schema87.items.properties.user2_name.type,parentSchema:schema87.items.properties.user2_name,data:data13}];
return false;
}
var valid1 = _errs28 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.user2_phone !== undefined){
let data14 = data0.user2_phone;
const _errs30 = errors;
if((typeof data14 !== "string") && (data14 !== null)){
validate40.errors = [{instancePath:instancePath+"/" + i0+"/user2_phone",schemaPath:"#/items/properties/user2_phone/type",keyword:"type",params:{type: schema87.items.properties.user2_phone.type},message:"must be string,null",schema:schema87.items.properties.user2_phone.type,parentSchema:schema87.items.properties.user2_phone,data:data14}];
return false;
}
var valid1 = _errs30 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.user2_qq !== undefined){
let data15 = data0.user2_qq;
const _errs32 = errors;
if((typeof data15 !== "string") && (data15 !== null)){
validate40.errors = [{instancePath:instancePath+"/" + i0+"/user2_qq",schemaPath:"#/items/properties/user2_qq/type",keyword:"type",params:{type: schema87.items.properties.user2_qq.type},message:"must be string,null",schema:schema87.items.properties.user2_qq.type,parentSchema:schema87.items.properties.user2_qq,data:data15}];
return false;
}
var valid1 = _errs32 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.publish_time !== undefined){
let data16 = data0.publish_time;
const _errs34 = errors;
if((typeof data16 !== "string") && (data16 !== null)){
validate40.errors = [{instancePath:instancePath+"/" + i0+"/publish_time",schemaPath:"#/items/properties/publish_time/type",keyword:"type",params:{type: schema87.items.properties.publish_time.type},message:"must be string,null",schema:schema87.items.properties.publish_time.type,parentSchema:schema87.items.properties.publish_time,data:data16}];
return false;
}
var valid1 = _errs34 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.update_time !== undefined){
let data17 = data0.update_time;
const _errs36 = errors;
if((typeof data17 !== "string") && (data17 !== null)){
validate40.errors = [{instancePath:instancePath+"/" + i0+"/update_time",schemaPath:"#/items/properties/update_time/type",keyword:"type",params:{type: schema87.items.properties.update_time.type},message:"must be string,null",schema:schema87.items.properties.update_time.type,parentSchema:schema87.items.properties.update_time,data:data17}];
return false;
}
var valid1 = _errs36 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.pic_num !== undefined){
let data18 = data0.pic_num;
const _errs38 = errors;
if((!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))) && (data18 !== null)){
validate40.errors = [{instancePath:instancePath+"/" + i0+"/pic_num",schemaPath:"#/items/properties/pic_num/type",keyword:"type",params:{type: schema87.items.properties.pic_num.type},message:"must be integer,null",schema:schema87.items.properties.pic_num.type,parentSchema:schema87.items.properties.pic_num,data:data18}];
return false;
}
var valid1 = _errs38 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.pic_url1 !== undefined){
let data19 = data0.pic_url1;
const _errs40 = errors;
if((typeof data19 !== "string") && (data19 !== null)){
validate40.errors = [{instancePath:instancePath+"/" + i0+"/pic_url1",schemaPath:"#/items/properties/pic_url1/type",keyword:"type",params:{type: schema87.items.properties.pic_url1.type},message:"must be string,null",schema:schema87.items.properties.pic_url1.type,parentSchema:schema87.items.properties.pic_url1,data:data19}];
return false;
}
var valid1 = _errs40 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.pic_url2 !== undefined){
let data20 = data0.pic_url2;
const _errs42 = errors;
if((typeof data20 !== "string") && (data20 !== null)){
validate40.errors = [{instancePath:instancePath+"/" + i0+"/pic_url2",schemaPath:"#/items/properties/pic_url2/type",keyword:"type",params:{type: schema87.items.properties.pic_url2.type},message:"must be string,null",schema:schema87.items.properties.pic_url2.type,parentSchema:schema87.items.properties.pic_url2,data:data20}];
return false;
}
var valid1 = _errs42 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data0.pic_url3 !== undefined){
let data21 = data0.pic_url3;
const _errs44 = errors;
if((typeof data21 !== "string") && (data21 !== null)){
validate40.errors = [{instancePath:instancePath+"/" + i0+"/pic_url3",schemaPath:"#/items/properties/pic_url3/type",keyword:"type",params:{type: schema87.items.properties.pic_url3.type},message:"must be string,null",schema:schema87.items.properties.pic_url3.type,parentSchema:schema87.items.properties.pic_url3,data:data21}];
return false;
}
var valid1 = _errs44 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate40.errors = [{instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema87.items.type,parentSchema:schema87.items,data:data0}];
return false;
}
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
}
else {
validate40.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema87.type,parentSchema:schema87,data}];
return false;
}
}
validate40.errors = vErrors;
return errors === 0;
}

export const file24 = validate41;
const schema88 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"property.query.json","title":"GET /api/external/get/property query","description":"The lost-and-found list: every value is text, as a query string has it. token and type are required; then either key alone, or field filters. Newest update first. Local statuses: -100 unknown parameter, -101 a value of the wrong form (or a parameter given twice), -103 key with a filter, -104 token or type missing, -105 bad token, -106 a value not allowed.","type":"object","required":["token","type"],"additionalProperties":false,"properties":{"token":{"description":"The caller's token (or an Authorization: Bearer header).","type":"string","minLength":1},"type":{"description":"1 lost (寻物启事), 2 found (失物招领).","type":"string","minLength":1,"allOf":[{"$ref":"#/definitions/integer"},{"enum":["1","2"]}]},"key":{"description":"Searched in lab, title and content (substring, case-insensitive), and matched exactly against id and user_id. Not combined with the field filters.","type":"string"},"limit":{"description":"Page size, 1 to property.maxLimit (200 by default); 50 when missing.","allOf":[{"$ref":"#/definitions/integer"}]},"offset":{"description":"Rows to skip.","allOf":[{"$ref":"#/definitions/integer"}]},"id":{"description":"Exact match.","allOf":[{"$ref":"#/definitions/integer"}]},"state":{"description":"Exact match: 0 open, 1 closed.","allOf":[{"$ref":"#/definitions/integer"}]},"lab":{"description":"Substring match (% and _ match themselves).","type":"string"},"title":{"description":"Substring match (% and _ match themselves).","type":"string"},"content":{"description":"Substring match (% and _ match themselves).","type":"string"},"occurrence_time":{"description":"Exact match, \"YYYY-MM-DD HH:MM:SS\".","allOf":[{"$ref":"#/definitions/datetime"}]},"user_id":{"description":"Substring match (% and _ match themselves).","type":"string"},"user_name":{"description":"Substring match (% and _ match themselves).","type":"string"},"user_phone":{"description":"Substring match (% and _ match themselves).","type":"string"},"user_qq":{"description":"Substring match (% and _ match themselves).","type":"string"},"user2_id":{"description":"Substring match (% and _ match themselves).","type":"string"},"user2_name":{"description":"Substring match (% and _ match themselves).","type":"string"},"user2_phone":{"description":"Substring match (% and _ match themselves).","type":"string"},"user2_qq":{"description":"Substring match (% and _ match themselves).","type":"string"},"publish_time":{"description":"Exact match, \"YYYY-MM-DD HH:MM:SS\".","allOf":[{"$ref":"#/definitions/datetime"}]},"update_time":{"description":"Exact match, \"YYYY-MM-DD HH:MM:SS\".","allOf":[{"$ref":"#/definitions/datetime"}]},"pic_num":{"description":"Exact match.","allOf":[{"$ref":"#/definitions/integer"}]},"pic_url1":{"description":"Substring match (% and _ match themselves).","type":"string"},"pic_url2":{"description":"Substring match (% and _ match themselves).","type":"string"},"pic_url3":{"description":"Substring match (% and _ match themselves).","type":"string"}},"definitions":{"integer":{"type":"string","pattern":"^[0-9]{1,15}$","x-status":"queryArgType"},"datetime":{"type":"string","minLength":1,"format":"campus-datetime","x-status":"queryArgType"}}};
const schema89 = {"type":"string","pattern":"^[0-9]{1,15}$","x-status":"queryArgType"};
const schema94 = {"type":"string","minLength":1,"format":"campus-datetime","x-status":"queryArgType"};

function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="property.query.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.token === undefined) && (missing0 = "token")) || ((data.type === undefined) && (missing0 = "type"))){
validate41.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema88.required,parentSchema:schema88,data}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func18.call(schema88.properties, key0))){
validate41.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema88,data}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.token !== undefined){
let data0 = data.token;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func2(data0) < 1){
validate41.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema88.properties.token,data:data0}];
return false;
}
}
else {
validate41.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.properties.token.type,parentSchema:schema88.properties.token,data:data0}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
let data1 = data.type;
const _errs4 = errors;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(!pattern5.test(data1)){
validate41.errors = [{instancePath:instancePath+"/type",schemaPath:"#/definitions/integer/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,15}$"},message:"must match pattern \""+"^[0-9]{1,15}$"+"\"",schema:"^[0-9]{1,15}$",parentSchema:schema89,data:data1}];
return false;
}
}
else {
validate41.errors = [{instancePath:instancePath+"/type",schemaPath:"#/definitions/integer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema89.type,parentSchema:schema89,data:data1}];
return false;
}
}
var valid1 = _errs6 === errors;
if(valid1){
const _errs10 = errors;
if(!((data1 === "1") || (data1 === "2"))){
validate41.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/allOf/1/enum",keyword:"enum",params:{allowedValues: schema88.properties.type.allOf[1].enum},message:"must be equal to one of the allowed values",schema:schema88.properties.type.allOf[1].enum,parentSchema:schema88.properties.type.allOf[1],data:data1}];
return false;
}
var valid1 = _errs10 === errors;
}
if(errors === _errs4){
if(typeof data1 === "string"){
if(func2(data1) < 1){
validate41.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema88.properties.type,data:data1}];
return false;
}
}
else {
validate41.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.properties.type.type,parentSchema:schema88.properties.type,data:data1}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.key !== undefined){
let data2 = data.key;
const _errs11 = errors;
if(typeof data2 !== "string"){
validate41.errors = [{instancePath:instancePath+"/key",schemaPath:"#/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.properties.key.type,parentSchema:schema88.properties.key,data:data2}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.limit !== undefined){
let data3 = data.limit;
const _errs13 = errors;
const _errs15 = errors;
if(errors === _errs15){
if(typeof data3 === "string"){
if(!pattern5.test(data3)){
validate41.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/definitions/integer/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,15}$"},message:"must match pattern \""+"^[0-9]{1,15}$"+"\"",schema:"^[0-9]{1,15}$",parentSchema:schema89,data:data3}];
return false;
}
}
else {
validate41.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/definitions/integer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema89.type,parentSchema:schema89,data:data3}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.offset !== undefined){
let data4 = data.offset;
const _errs18 = errors;
const _errs20 = errors;
if(errors === _errs20){
if(typeof data4 === "string"){
if(!pattern5.test(data4)){
validate41.errors = [{instancePath:instancePath+"/offset",schemaPath:"#/definitions/integer/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,15}$"},message:"must match pattern \""+"^[0-9]{1,15}$"+"\"",schema:"^[0-9]{1,15}$",parentSchema:schema89,data:data4}];
return false;
}
}
else {
validate41.errors = [{instancePath:instancePath+"/offset",schemaPath:"#/definitions/integer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema89.type,parentSchema:schema89,data:data4}];
return false;
}
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data5 = data.id;
const _errs23 = errors;
const _errs25 = errors;
if(errors === _errs25){
if(typeof data5 === "string"){
if(!pattern5.test(data5)){
validate41.errors = [{instancePath:instancePath+"/id",schemaPath:"#/definitions/integer/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,15}$"},message:"must match pattern \""+"^[0-9]{1,15}$"+"\"",schema:"^[0-9]{1,15}$",parentSchema:schema89,data:data5}];
return false;
}
}
else {
validate41.errors = [{instancePath:instancePath+"/id",schemaPath:"#/definitions/integer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema89.type,parentSchema:schema89,data:data5}];
return false;
}
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
let data6 = data.state;
const _errs28 = errors;
const _errs30 = errors;
if(errors === _errs30){
if(typeof data6 === "string"){
if(!pattern5.test(data6)){
validate41.errors = [{instancePath:instancePath+"/state",schemaPath:"#/definitions/integer/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,15}$"},message:"must match pattern \""+"^[0-9]{1,15}$"+"\"",schema:"^[0-9]{1,15}$",parentSchema:schema89,data:data6}];
return false;
}
}
else {
validate41.errors = [{instancePath:instancePath+"/state",schemaPath:"#/definitions/integer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema89.type,parentSchema:schema89,data:data6}];
return false;
}
}
var valid0 = _errs28 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.lab !== undefined){
let data7 = data.lab;
const _errs33 = errors;
if(typeof data7 !== "string"){
validate41.errors = [{instancePath:instancePath+"/lab",schemaPath:"#/properties/lab/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.properties.lab.type,parentSchema:schema88.properties.lab,data:data7}];
return false;
}
var valid0 = _errs33 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.title !== undefined){
let data8 = data.title;
const _errs35 = errors;
if(typeof data8 !== "string"){
validate41.errors = [{instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.properties.title.type,parentSchema:schema88.properties.title,data:data8}];
return false;
}
var valid0 = _errs35 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.content !== undefined){
let data9 = data.content;
const _errs37 = errors;
if(typeof data9 !== "string"){
validate41.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.properties.content.type,parentSchema:schema88.properties.content,data:data9}];
return false;
}
var valid0 = _errs37 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.occurrence_time !== undefined){
let data10 = data.occurrence_time;
const _errs39 = errors;
const _errs41 = errors;
if(errors === _errs41){
if(errors === _errs41){
if(typeof data10 === "string"){
if(func2(data10) < 1){
validate41.errors = [{instancePath:instancePath+"/occurrence_time",schemaPath:"#/definitions/datetime/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema94,data:data10}];
return false;
}
else {
if(!(formats0.validate(data10))){
validate41.errors = [{instancePath:instancePath+"/occurrence_time",schemaPath:"#/definitions/datetime/format",keyword:"format",params:{format: "campus-datetime"},message:"must match format \""+"campus-datetime"+"\"",schema:"campus-datetime",parentSchema:schema94,data:data10}];
return false;
}
}
}
else {
validate41.errors = [{instancePath:instancePath+"/occurrence_time",schemaPath:"#/definitions/datetime/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema94.type,parentSchema:schema94,data:data10}];
return false;
}
}
}
var valid0 = _errs39 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user_id !== undefined){
let data11 = data.user_id;
const _errs44 = errors;
if(typeof data11 !== "string"){
validate41.errors = [{instancePath:instancePath+"/user_id",schemaPath:"#/properties/user_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.properties.user_id.type,parentSchema:schema88.properties.user_id,data:data11}];
return false;
}
var valid0 = _errs44 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user_name !== undefined){
let data12 = data.user_name;
const _errs46 = errors;
if(typeof data12 !== "string"){
validate41.errors = [{instancePath:instancePath+"/user_name",schemaPath:"#/properties/user_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.properties.user_name.type,parentSchema:schema88.properties.user_name,data:data12}];
return false;
}
var valid0 = _errs46 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user_phone !== undefined){
let data13 = data.user_phone;
const _errs48 = errors;
if(typeof data13 !== "string"){
validate41.errors = [{instancePath:instancePath+"/user_phone",schemaPath:"#/properties/user_phone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.properties.user_phone.type,parentSchema:schema88.properties.user_phone,data:data13}];
return false;
}
var valid0 = _errs48 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user_qq !== undefined){
let data14 = data.user_qq;
const _errs50 = errors;
if(typeof data14 !== "string"){
validate41.errors = [{instancePath:instancePath+"/user_qq",schemaPath:"#/properties/user_qq/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.properties.user_qq.type,parentSchema:schema88.properties.user_qq,data:data14}];
return false;
}
var valid0 = _errs50 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user2_id !== undefined){
let data15 = data.user2_id;
const _errs52 = errors;
if(typeof data15 !== "string"){
validate41.errors = [{instancePath:instancePath+"/user2_id",schemaPath:"#/properties/user2_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.properties.user2_id.type,parentSchema:schema88.properties.user2_id,data:data15}];
return false;
}
var valid0 = _errs52 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user2_name !== undefined){
let data16 = data.user2_name;
const _errs54 = errors;
if(typeof data16 !== "string"){
validate41.errors = [{instancePath:instancePath+"/user2_name",schemaPath:"#/properties/user2_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.properties.user2_name.type,parentSchema:schema88.properties.user2_name,data:data16}];
return false;
}
var valid0 = _errs54 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user2_phone !== undefined){
let data17 = data.user2_phone;
const _errs56 = errors;
if(typeof data17 !== "string"){
validate41.errors = [{instancePath:instancePath+"/user2_phone",schemaPath:"#/properties/user2_phone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.properties.user2_phone.type,parentSchema:schema88.properties.user2_phone,data:data17}];
return false;
}
var valid0 = _errs56 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user2_qq !== undefined){
let data18 = data.user2_qq;
const _errs58 = errors;
if(typeof data18 !== "string"){
validate41.errors = [{instancePath:instancePath+"/user2_qq",schemaPath:"#/properties/user2_qq/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.properties.user2_qq.type,parentSchema:schema88.properties.user2_qq,data:data18}];
return false;
}
var valid0 = _errs58 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.publish_time !== undefined){
let data19 = data.publish_time;
const _errs60 = errors;
const _errs62 = errors;
if(errors === _errs62){
if(errors === _errs62){
if(typeof data19 === "string"){
if(func2(data19) < 1){
validate41.errors = [{instancePath:instancePath+"/publish_time",schemaPath:"#/definitions/datetime/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema94,data:data19}];
return false;
}
else {
if(!(formats0.validate(data19))){
validate41.errors = [{instancePath:instancePath+"/publish_time",schemaPath:"#/definitions/datetime/format",keyword:"format",params:{format: "campus-datetime"},message:"must match format \""+"campus-datetime"+"\"",schema:"campus-datetime",parentSchema:schema94,data:data19}];
return false;
}
}
}
else {
validate41.errors = [{instancePath:instancePath+"/publish_time",schemaPath:"#/definitions/datetime/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema94.type,parentSchema:schema94,data:data19}];
return false;
}
}
}
var valid0 = _errs60 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.update_time !== undefined){
let data20 = data.update_time;
const _errs65 = errors;
const _errs67 = errors;
if(errors === _errs67){
if(errors === _errs67){
if(typeof data20 === "string"){
if(func2(data20) < 1){
validate41.errors = [{instancePath:instancePath+"/update_time",schemaPath:"#/definitions/datetime/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema94,data:data20}];
return false;
}
else {
if(!(formats0.validate(data20))){
validate41.errors = [{instancePath:instancePath+"/update_time",schemaPath:"#/definitions/datetime/format",keyword:"format",params:{format: "campus-datetime"},message:"must match format \""+"campus-datetime"+"\"",schema:"campus-datetime",parentSchema:schema94,data:data20}];
return false;
}
}
}
else {
validate41.errors = [{instancePath:instancePath+"/update_time",schemaPath:"#/definitions/datetime/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema94.type,parentSchema:schema94,data:data20}];
return false;
}
}
}
var valid0 = _errs65 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pic_num !== undefined){
let data21 = data.pic_num;
const _errs70 = errors;
const _errs72 = errors;
if(errors === _errs72){
if(typeof data21 === "string"){
if(!pattern5.test(data21)){
validate41.errors = [{instancePath:instancePath+"/pic_num",schemaPath:"#/definitions/integer/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,15}$"},message:"must match pattern \""+"^[0-9]{1,15}$"+"\"",schema:"^[0-9]{1,15}$",parentSchema:schema89,data:data21}];
return false;
}
}
else {
validate41.errors = [{instancePath:instancePath+"/pic_num",schemaPath:"#/definitions/integer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema89.type,parentSchema:schema89,data:data21}];
return false;
}
}
var valid0 = _errs70 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pic_url1 !== undefined){
let data22 = data.pic_url1;
const _errs75 = errors;
if(typeof data22 !== "string"){
validate41.errors = [{instancePath:instancePath+"/pic_url1",schemaPath:"#/properties/pic_url1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.properties.pic_url1.type,parentSchema:schema88.properties.pic_url1,data:data22}];
return false;
}
var valid0 = _errs75 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pic_url2 !== undefined){
let data23 = data.pic_url2;
const _errs77 = errors;
if(typeof data23 !== "string"){
validate41.errors = [{instancePath:instancePath+"/pic_url2",schemaPath:"#/properties/pic_url2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.properties.pic_url2.type,parentSchema:schema88.properties.pic_url2,data:data23}];
return false;
}
var valid0 = _errs77 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pic_url3 !== undefined){
let data24 = data.pic_url3;
const _errs79 = errors;
if(typeof data24 !== "string"){
validate41.errors = [{instancePath:instancePath+"/pic_url3",schemaPath:"#/properties/pic_url3/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.properties.pic_url3.type,parentSchema:schema88.properties.pic_url3,data:data24}];
return false;
}
var valid0 = _errs79 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate41.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema88.type,parentSchema:schema88,data}];
return false;
}
}
validate41.errors = vErrors;
return errors === 0;
}

export const file25 = validate42;
const schema98 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"property.update.answer.json","title":"property/update answer","description":"The notice's id.","examples":[{"uid":1555943163}],"$ref":"answer.fields.json#/definitions/uid"};

function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="property.update.answer.json" */;
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(errors === _errs0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.uid === undefined) && (missing0 = "uid")){
validate42.errors = [{instancePath,schemaPath:"answer.fields.json#/definitions/uid/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema65.required,parentSchema:schema65,data}];
return false;
}
else {
const _errs2 = errors;
for(const key0 in data){
if(!(key0 === "uid")){
validate42.errors = [{instancePath,schemaPath:"answer.fields.json#/definitions/uid/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema65,data}];
return false;
break;
}
}
if(_errs2 === errors){
if(data.uid !== undefined){
let data0 = data.uid;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate42.errors = [{instancePath:instancePath+"/uid",schemaPath:"answer.fields.json#/definitions/uid/properties/uid/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema65.properties.uid.type,parentSchema:schema65.properties.uid,data:data0}];
return false;
}
}
}
}
}
else {
validate42.errors = [{instancePath,schemaPath:"answer.fields.json#/definitions/uid/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema65.type,parentSchema:schema65,data}];
return false;
}
}
validate42.errors = vErrors;
return errors === 0;
}

export const file26 = validate43;
const schema100 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"property.update.json","title":"property/update data","description":"Changes the given fields of one of the token's user's notices. Answers {uid}. update_time empty or missing: now; occurrence_time empty: the publish time. -200 when the notice does not exist or is not the caller's; -204 for a user_id that is not the token's.","x-type-name":"失物招领 · lost and found","examples":[{"id":1555943163,"state":1}],"type":"object","required":["id"],"properties":{"id":{"$ref":"property.fields.json#/definitions/id"},"type":{"$ref":"property.fields.json#/definitions/kind"},"state":{"$ref":"property.fields.json#/definitions/state"},"lab":{"$ref":"property.fields.json#/definitions/lab"},"title":{"$ref":"property.fields.json#/definitions/title"},"content":{"$ref":"property.fields.json#/definitions/content"},"occurrence_time":{"$ref":"property.fields.json#/definitions/datetime"},"user_id":{"$ref":"property.fields.json#/definitions/userId"},"user_name":{"$ref":"property.fields.json#/definitions/userName"},"user_phone":{"$ref":"property.fields.json#/definitions/phoneOrQq"},"user_qq":{"$ref":"property.fields.json#/definitions/phoneOrQq"},"user2_id":{"$ref":"property.fields.json#/definitions/phoneOrQq"},"user2_name":{"$ref":"property.fields.json#/definitions/optionalName"},"user2_phone":{"$ref":"property.fields.json#/definitions/phoneOrQq"},"user2_qq":{"$ref":"property.fields.json#/definitions/phoneOrQq"},"update_time":{"$ref":"property.fields.json#/definitions/datetime"},"pic_num":{"$ref":"property.fields.json#/definitions/picNum"},"pic_url1":{"$ref":"property.fields.json#/definitions/picUrl"},"pic_url2":{"$ref":"property.fields.json#/definitions/picUrl"},"pic_url3":{"$ref":"property.fields.json#/definitions/picUrl"}}};
const schema103 = {"description":"0 open, 1 closed.","type":["integer","string"],"allOf":[{"minLength":1},{"pattern":"^[0-9]+$","x-status":"valueType"},{"enum":[0,1,"0","1"]}]};
const schema113 = {"type":"string","maxLength":10};

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="property.update.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.id === undefined) && (missing0 = "id")){
validate43.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema100.required,parentSchema:schema100,data}];
return false;
}
else {
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
const _errs3 = errors;
if((!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) && (typeof data0 !== "string")){
validate43.errors = [{instancePath:instancePath+"/id",schemaPath:"property.fields.json#/definitions/id/type",keyword:"type",params:{type: schema85.type},message:"must be integer,string",schema:schema85.type,parentSchema:schema85,data:data0}];
return false;
}
const _errs5 = errors;
if(typeof data0 === "string"){
if(func2(data0) < 1){
validate43.errors = [{instancePath:instancePath+"/id",schemaPath:"property.fields.json#/definitions/id/allOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema85.allOf[0],data:data0}];
return false;
}
}
var valid2 = _errs5 === errors;
if(valid2){
const _errs6 = errors;
if(errors === _errs6){
if(typeof data0 === "string"){
if(!pattern5.test(data0)){
validate43.errors = [{instancePath:instancePath+"/id",schemaPath:"property.fields.json#/definitions/id/allOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,15}$"},message:"must match pattern \""+"^[0-9]{1,15}$"+"\"",schema:"^[0-9]{1,15}$",parentSchema:schema85.allOf[1],data:data0}];
return false;
}
}
}
var valid2 = _errs6 === errors;
}
if(errors === _errs3){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate43.errors = [{instancePath:instancePath+"/id",schemaPath:"property.fields.json#/definitions/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema85,data:data0}];
return false;
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
let data1 = data.type;
const _errs8 = errors;
if((!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))) && (typeof data1 !== "string")){
validate43.errors = [{instancePath:instancePath+"/type",schemaPath:"property.fields.json#/definitions/kind/type",keyword:"type",params:{type: schema68.type},message:"must be integer,string",schema:schema68.type,parentSchema:schema68,data:data1}];
return false;
}
const _errs11 = errors;
if(typeof data1 === "string"){
if(func2(data1) < 1){
validate43.errors = [{instancePath:instancePath+"/type",schemaPath:"property.fields.json#/definitions/kind/allOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema68.allOf[0],data:data1}];
return false;
}
}
var valid4 = _errs11 === errors;
if(valid4){
const _errs12 = errors;
if(errors === _errs12){
if(typeof data1 === "string"){
if(!pattern23.test(data1)){
validate43.errors = [{instancePath:instancePath+"/type",schemaPath:"property.fields.json#/definitions/kind/allOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]+$"},message:"must match pattern \""+"^[0-9]+$"+"\"",schema:"^[0-9]+$",parentSchema:schema68.allOf[1],data:data1}];
return false;
}
}
}
var valid4 = _errs12 === errors;
if(valid4){
const _errs14 = errors;
if(!((((data1 === 1) || (data1 === 2)) || (data1 === "1")) || (data1 === "2"))){
validate43.errors = [{instancePath:instancePath+"/type",schemaPath:"property.fields.json#/definitions/kind/allOf/2/enum",keyword:"enum",params:{allowedValues: schema68.allOf[2].enum},message:"must be equal to one of the allowed values",schema:schema68.allOf[2].enum,parentSchema:schema68.allOf[2],data:data1}];
return false;
}
var valid4 = _errs14 === errors;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
let data2 = data.state;
const _errs15 = errors;
if((!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))) && (typeof data2 !== "string")){
validate43.errors = [{instancePath:instancePath+"/state",schemaPath:"property.fields.json#/definitions/state/type",keyword:"type",params:{type: schema103.type},message:"must be integer,string",schema:schema103.type,parentSchema:schema103,data:data2}];
return false;
}
const _errs18 = errors;
if(typeof data2 === "string"){
if(func2(data2) < 1){
validate43.errors = [{instancePath:instancePath+"/state",schemaPath:"property.fields.json#/definitions/state/allOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema103.allOf[0],data:data2}];
return false;
}
}
var valid6 = _errs18 === errors;
if(valid6){
const _errs19 = errors;
if(errors === _errs19){
if(typeof data2 === "string"){
if(!pattern23.test(data2)){
validate43.errors = [{instancePath:instancePath+"/state",schemaPath:"property.fields.json#/definitions/state/allOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]+$"},message:"must match pattern \""+"^[0-9]+$"+"\"",schema:"^[0-9]+$",parentSchema:schema103.allOf[1],data:data2}];
return false;
}
}
}
var valid6 = _errs19 === errors;
if(valid6){
const _errs21 = errors;
if(!((((data2 === 0) || (data2 === 1)) || (data2 === "0")) || (data2 === "1"))){
validate43.errors = [{instancePath:instancePath+"/state",schemaPath:"property.fields.json#/definitions/state/allOf/2/enum",keyword:"enum",params:{allowedValues: schema103.allOf[2].enum},message:"must be equal to one of the allowed values",schema:schema103.allOf[2].enum,parentSchema:schema103.allOf[2],data:data2}];
return false;
}
var valid6 = _errs21 === errors;
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.lab !== undefined){
let data3 = data.lab;
const _errs22 = errors;
const _errs23 = errors;
if(errors === _errs23){
if(typeof data3 === "string"){
if(func2(data3) > 50){
validate43.errors = [{instancePath:instancePath+"/lab",schemaPath:"property.fields.json#/definitions/lab/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters",schema:50,parentSchema:schema69,data:data3}];
return false;
}
else {
if(func2(data3) < 1){
validate43.errors = [{instancePath:instancePath+"/lab",schemaPath:"property.fields.json#/definitions/lab/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema69,data:data3}];
return false;
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/lab",schemaPath:"property.fields.json#/definitions/lab/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.type,parentSchema:schema69,data:data3}];
return false;
}
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.title !== undefined){
let data4 = data.title;
const _errs25 = errors;
const _errs26 = errors;
if(errors === _errs26){
if(typeof data4 === "string"){
if(func2(data4) > 20){
validate43.errors = [{instancePath:instancePath+"/title",schemaPath:"property.fields.json#/definitions/title/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters",schema:20,parentSchema:schema70,data:data4}];
return false;
}
else {
if(func2(data4) < 1){
validate43.errors = [{instancePath:instancePath+"/title",schemaPath:"property.fields.json#/definitions/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema70,data:data4}];
return false;
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/title",schemaPath:"property.fields.json#/definitions/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.type,parentSchema:schema70,data:data4}];
return false;
}
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.content !== undefined){
let data5 = data.content;
const _errs28 = errors;
const _errs29 = errors;
if(errors === _errs29){
if(typeof data5 === "string"){
if(func2(data5) > 500){
validate43.errors = [{instancePath:instancePath+"/content",schemaPath:"property.fields.json#/definitions/content/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema71,data:data5}];
return false;
}
else {
if(func2(data5) < 1){
validate43.errors = [{instancePath:instancePath+"/content",schemaPath:"property.fields.json#/definitions/content/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema71,data:data5}];
return false;
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/content",schemaPath:"property.fields.json#/definitions/content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema71.type,parentSchema:schema71,data:data5}];
return false;
}
}
var valid0 = _errs28 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.occurrence_time !== undefined){
let data6 = data.occurrence_time;
const _errs31 = errors;
const _errs32 = errors;
if(errors === _errs32){
if(errors === _errs32){
if(typeof data6 === "string"){
if(!(formats0.validate(data6))){
validate43.errors = [{instancePath:instancePath+"/occurrence_time",schemaPath:"property.fields.json#/definitions/datetime/format",keyword:"format",params:{format: "campus-datetime"},message:"must match format \""+"campus-datetime"+"\"",schema:"campus-datetime",parentSchema:schema72,data:data6}];
return false;
}
}
else {
validate43.errors = [{instancePath:instancePath+"/occurrence_time",schemaPath:"property.fields.json#/definitions/datetime/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.type,parentSchema:schema72,data:data6}];
return false;
}
}
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user_id !== undefined){
let data7 = data.user_id;
const _errs34 = errors;
const _errs35 = errors;
if((typeof data7 !== "string") && (!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7))))){
validate43.errors = [{instancePath:instancePath+"/user_id",schemaPath:"property.fields.json#/definitions/userId/type",keyword:"type",params:{type: schema73.type},message:"must be string,integer",schema:schema73.type,parentSchema:schema73,data:data7}];
return false;
}
if(errors === _errs35){
if(typeof data7 === "string"){
if(func2(data7) > 15){
validate43.errors = [{instancePath:instancePath+"/user_id",schemaPath:"property.fields.json#/definitions/userId/maxLength",keyword:"maxLength",params:{limit: 15},message:"must NOT have more than 15 characters",schema:15,parentSchema:schema73,data:data7}];
return false;
}
}
}
var valid0 = _errs34 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user_name !== undefined){
let data8 = data.user_name;
const _errs37 = errors;
const _errs38 = errors;
if(errors === _errs38){
if(typeof data8 === "string"){
if(func2(data8) > 10){
validate43.errors = [{instancePath:instancePath+"/user_name",schemaPath:"property.fields.json#/definitions/userName/maxLength",keyword:"maxLength",params:{limit: 10},message:"must NOT have more than 10 characters",schema:10,parentSchema:schema74,data:data8}];
return false;
}
else {
if(func2(data8) < 1){
validate43.errors = [{instancePath:instancePath+"/user_name",schemaPath:"property.fields.json#/definitions/userName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema74,data:data8}];
return false;
}
}
}
else {
validate43.errors = [{instancePath:instancePath+"/user_name",schemaPath:"property.fields.json#/definitions/userName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema74.type,parentSchema:schema74,data:data8}];
return false;
}
}
var valid0 = _errs37 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user_phone !== undefined){
let data9 = data.user_phone;
const _errs40 = errors;
const _errs41 = errors;
if(errors === _errs41){
if(typeof data9 === "string"){
if(func2(data9) > 15){
validate43.errors = [{instancePath:instancePath+"/user_phone",schemaPath:"property.fields.json#/definitions/phoneOrQq/maxLength",keyword:"maxLength",params:{limit: 15},message:"must NOT have more than 15 characters",schema:15,parentSchema:schema75,data:data9}];
return false;
}
}
else {
validate43.errors = [{instancePath:instancePath+"/user_phone",schemaPath:"property.fields.json#/definitions/phoneOrQq/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema75.type,parentSchema:schema75,data:data9}];
return false;
}
}
var valid0 = _errs40 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user_qq !== undefined){
let data10 = data.user_qq;
const _errs43 = errors;
const _errs44 = errors;
if(errors === _errs44){
if(typeof data10 === "string"){
if(func2(data10) > 15){
validate43.errors = [{instancePath:instancePath+"/user_qq",schemaPath:"property.fields.json#/definitions/phoneOrQq/maxLength",keyword:"maxLength",params:{limit: 15},message:"must NOT have more than 15 characters",schema:15,parentSchema:schema75,data:data10}];
return false;
}
}
else {
validate43.errors = [{instancePath:instancePath+"/user_qq",schemaPath:"property.fields.json#/definitions/phoneOrQq/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema75.type,parentSchema:schema75,data:data10}];
return false;
}
}
var valid0 = _errs43 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user2_id !== undefined){
let data11 = data.user2_id;
const _errs46 = errors;
const _errs47 = errors;
if(errors === _errs47){
if(typeof data11 === "string"){
if(func2(data11) > 15){
validate43.errors = [{instancePath:instancePath+"/user2_id",schemaPath:"property.fields.json#/definitions/phoneOrQq/maxLength",keyword:"maxLength",params:{limit: 15},message:"must NOT have more than 15 characters",schema:15,parentSchema:schema75,data:data11}];
return false;
}
}
else {
validate43.errors = [{instancePath:instancePath+"/user2_id",schemaPath:"property.fields.json#/definitions/phoneOrQq/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema75.type,parentSchema:schema75,data:data11}];
return false;
}
}
var valid0 = _errs46 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user2_name !== undefined){
let data12 = data.user2_name;
const _errs49 = errors;
const _errs50 = errors;
if(errors === _errs50){
if(typeof data12 === "string"){
if(func2(data12) > 10){
validate43.errors = [{instancePath:instancePath+"/user2_name",schemaPath:"property.fields.json#/definitions/optionalName/maxLength",keyword:"maxLength",params:{limit: 10},message:"must NOT have more than 10 characters",schema:10,parentSchema:schema113,data:data12}];
return false;
}
}
else {
validate43.errors = [{instancePath:instancePath+"/user2_name",schemaPath:"property.fields.json#/definitions/optionalName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema113.type,parentSchema:schema113,data:data12}];
return false;
}
}
var valid0 = _errs49 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user2_phone !== undefined){
let data13 = data.user2_phone;
const _errs52 = errors;
const _errs53 = errors;
if(errors === _errs53){
if(typeof data13 === "string"){
if(func2(data13) > 15){
validate43.errors = [{instancePath:instancePath+"/user2_phone",schemaPath:"property.fields.json#/definitions/phoneOrQq/maxLength",keyword:"maxLength",params:{limit: 15},message:"must NOT have more than 15 characters",schema:15,parentSchema:schema75,data:data13}];
return false;
}
}
else {
validate43.errors = [{instancePath:instancePath+"/user2_phone",schemaPath:"property.fields.json#/definitions/phoneOrQq/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema75.type,parentSchema:schema75,data:data13}];
return false;
}
}
var valid0 = _errs52 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user2_qq !== undefined){
let data14 = data.user2_qq;
const _errs55 = errors;
const _errs56 = errors;
if(errors === _errs56){
if(typeof data14 === "string"){
if(func2(data14) > 15){
validate43.errors = [{instancePath:instancePath+"/user2_qq",schemaPath:"property.fields.json#/definitions/phoneOrQq/maxLength",keyword:"maxLength",params:{limit: 15},message:"must NOT have more than 15 characters",schema:15,parentSchema:schema75,data:data14}];
return false;
}
}
else {
validate43.errors = [{instancePath:instancePath+"/user2_qq",schemaPath:"property.fields.json#/definitions/phoneOrQq/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema75.type,parentSchema:schema75,data:data14}];
return false;
}
}
var valid0 = _errs55 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.update_time !== undefined){
let data15 = data.update_time;
const _errs58 = errors;
const _errs59 = errors;
if(errors === _errs59){
if(errors === _errs59){
if(typeof data15 === "string"){
if(!(formats0.validate(data15))){
validate43.errors = [{instancePath:instancePath+"/update_time",schemaPath:"property.fields.json#/definitions/datetime/format",keyword:"format",params:{format: "campus-datetime"},message:"must match format \""+"campus-datetime"+"\"",schema:"campus-datetime",parentSchema:schema72,data:data15}];
return false;
}
}
else {
validate43.errors = [{instancePath:instancePath+"/update_time",schemaPath:"property.fields.json#/definitions/datetime/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.type,parentSchema:schema72,data:data15}];
return false;
}
}
}
var valid0 = _errs58 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pic_num !== undefined){
let data16 = data.pic_num;
const _errs61 = errors;
if((!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))) && (typeof data16 !== "string")){
validate43.errors = [{instancePath:instancePath+"/pic_num",schemaPath:"property.fields.json#/definitions/picNum/type",keyword:"type",params:{type: schema78.type},message:"must be integer,string",schema:schema78.type,parentSchema:schema78,data:data16}];
return false;
}
const _errs64 = errors;
if(typeof data16 === "string"){
if(func2(data16) < 1){
validate43.errors = [{instancePath:instancePath+"/pic_num",schemaPath:"property.fields.json#/definitions/picNum/allOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema78.allOf[0],data:data16}];
return false;
}
}
var valid21 = _errs64 === errors;
if(valid21){
const _errs65 = errors;
if(errors === _errs65){
if(typeof data16 === "string"){
if(!pattern23.test(data16)){
validate43.errors = [{instancePath:instancePath+"/pic_num",schemaPath:"property.fields.json#/definitions/picNum/allOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]+$"},message:"must match pattern \""+"^[0-9]+$"+"\"",schema:"^[0-9]+$",parentSchema:schema78.allOf[1],data:data16}];
return false;
}
}
}
var valid21 = _errs65 === errors;
if(valid21){
const _errs67 = errors;
if(!((((((((data16 === 0) || (data16 === 1)) || (data16 === 2)) || (data16 === 3)) || (data16 === "0")) || (data16 === "1")) || (data16 === "2")) || (data16 === "3"))){
validate43.errors = [{instancePath:instancePath+"/pic_num",schemaPath:"property.fields.json#/definitions/picNum/allOf/2/enum",keyword:"enum",params:{allowedValues: schema78.allOf[2].enum},message:"must be equal to one of the allowed values",schema:schema78.allOf[2].enum,parentSchema:schema78.allOf[2],data:data16}];
return false;
}
var valid21 = _errs67 === errors;
}
}
var valid0 = _errs61 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pic_url1 !== undefined){
let data17 = data.pic_url1;
const _errs68 = errors;
const _errs69 = errors;
if(errors === _errs69){
if(typeof data17 === "string"){
if(func2(data17) > 1024){
validate43.errors = [{instancePath:instancePath+"/pic_url1",schemaPath:"property.fields.json#/definitions/picUrl/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema79,data:data17}];
return false;
}
}
else {
validate43.errors = [{instancePath:instancePath+"/pic_url1",schemaPath:"property.fields.json#/definitions/picUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema79.type,parentSchema:schema79,data:data17}];
return false;
}
}
var valid0 = _errs68 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pic_url2 !== undefined){
let data18 = data.pic_url2;
const _errs71 = errors;
const _errs72 = errors;
if(errors === _errs72){
if(typeof data18 === "string"){
if(func2(data18) > 1024){
validate43.errors = [{instancePath:instancePath+"/pic_url2",schemaPath:"property.fields.json#/definitions/picUrl/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema79,data:data18}];
return false;
}
}
else {
validate43.errors = [{instancePath:instancePath+"/pic_url2",schemaPath:"property.fields.json#/definitions/picUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema79.type,parentSchema:schema79,data:data18}];
return false;
}
}
var valid0 = _errs71 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pic_url3 !== undefined){
let data19 = data.pic_url3;
const _errs74 = errors;
const _errs75 = errors;
if(errors === _errs75){
if(typeof data19 === "string"){
if(func2(data19) > 1024){
validate43.errors = [{instancePath:instancePath+"/pic_url3",schemaPath:"property.fields.json#/definitions/picUrl/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema79,data:data19}];
return false;
}
}
else {
validate43.errors = [{instancePath:instancePath+"/pic_url3",schemaPath:"property.fields.json#/definitions/picUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema79.type,parentSchema:schema79,data:data19}];
return false;
}
}
var valid0 = _errs74 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate43.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema100.type,parentSchema:schema100,data}];
return false;
}
}
validate43.errors = vErrors;
return errors === 0;
}

export const file27 = validate44;
const schema121 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"purchase.apply.answer.json","title":"purchase/apply answer","description":"The new purchase's id.","examples":[{"purchase_id":"17639460004517733"}],"type":"object","additionalProperties":false,"required":["purchase_id"],"properties":{"purchase_id":{"$ref":"answer.fields.json#/definitions/purchaseId"}}};
const schema122 = {"description":"17 digits.","type":"string","pattern":"^[0-9]{17}$"};
const pattern36 = new RegExp("^[0-9]{17}$", "u");

function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="purchase.apply.answer.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.purchase_id === undefined) && (missing0 = "purchase_id")){
validate44.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema121.required,parentSchema:schema121,data}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "purchase_id")){
validate44.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema121,data}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.purchase_id !== undefined){
let data0 = data.purchase_id;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(!pattern36.test(data0)){
validate44.errors = [{instancePath:instancePath+"/purchase_id",schemaPath:"answer.fields.json#/definitions/purchaseId/pattern",keyword:"pattern",params:{pattern: "^[0-9]{17}$"},message:"must match pattern \""+"^[0-9]{17}$"+"\"",schema:"^[0-9]{17}$",parentSchema:schema122,data:data0}];
return false;
}
}
else {
validate44.errors = [{instancePath:instancePath+"/purchase_id",schemaPath:"answer.fields.json#/definitions/purchaseId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema122.type,parentSchema:schema122,data:data0}];
return false;
}
}
}
}
}
}
else {
validate44.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema121.type,parentSchema:schema121,data}];
return false;
}
}
validate44.errors = vErrors;
return errors === 0;
}

export const file28 = validate45;
const schema123 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"purchase.apply.json","title":"purchase/apply data","description":"Orders product_num (1 to 99) of a product on sale. The price is the service's: the unit price is product_disprice if set, else product_price, and the total is unit × num; the client's product_unitprice and product_totalprice must equal them to the cent, else -204 \"price changed\" (show the new price and ask again). 100 \"Product_id not exist\" when the product is not on sale; -204 for a product of the caller's own shop. Answers {purchase_id} (17 digits, as a string); the purchase is \"paying\" until paid, cancelled, or purchase.payMinutes (15) have passed.","x-type-name":"订单 · purchases","examples":[{"product_id":4517733,"product_num":2,"product_unitprice":19.9,"product_totalprice":39.8}],"type":"object","required":["product_id","product_num","product_unitprice","product_totalprice"],"properties":{"product_id":{"$ref":"shop.fields.json#/definitions/productId"},"product_num":{"type":["integer","string"],"minimum":1,"maximum":99,"allOf":[{"minLength":1},{"pattern":"^[0-9]{1,15}$","x-status":"valueType"},{"pattern":"^0*[1-9][0-9]?$"}]},"product_unitprice":{"$ref":"shop.fields.json#/definitions/money"},"product_totalprice":{"$ref":"shop.fields.json#/definitions/money"}}};
const pattern40 = new RegExp("^0*[1-9][0-9]?$", "u");

function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="purchase.apply.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.product_id === undefined) && (missing0 = "product_id")) || ((data.product_num === undefined) && (missing0 = "product_num"))) || ((data.product_unitprice === undefined) && (missing0 = "product_unitprice"))) || ((data.product_totalprice === undefined) && (missing0 = "product_totalprice"))){
validate45.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema123.required,parentSchema:schema123,data}];
return false;
}
else {
if(data.product_id !== undefined){
let data0 = data.product_id;
const _errs2 = errors;
const _errs3 = errors;
if((!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) && (typeof data0 !== "string")){
validate45.errors = [{instancePath:instancePath+"/product_id",schemaPath:"shop.fields.json#/definitions/productId/type",keyword:"type",params:{type: schema42.type},message:"must be integer,string",schema:schema42.type,parentSchema:schema42,data:data0}];
return false;
}
const _errs5 = errors;
if(typeof data0 === "string"){
if(func2(data0) < 1){
validate45.errors = [{instancePath:instancePath+"/product_id",schemaPath:"shop.fields.json#/definitions/productId/allOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema42.allOf[0],data:data0}];
return false;
}
}
var valid2 = _errs5 === errors;
if(valid2){
const _errs6 = errors;
if(errors === _errs6){
if(typeof data0 === "string"){
if(!pattern5.test(data0)){
validate45.errors = [{instancePath:instancePath+"/product_id",schemaPath:"shop.fields.json#/definitions/productId/allOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,15}$"},message:"must match pattern \""+"^[0-9]{1,15}$"+"\"",schema:"^[0-9]{1,15}$",parentSchema:schema42.allOf[1],data:data0}];
return false;
}
}
}
var valid2 = _errs6 === errors;
if(valid2){
const _errs8 = errors;
if(typeof data0 === "string"){
if(!pattern10.test(data0)){
validate45.errors = [{instancePath:instancePath+"/product_id",schemaPath:"shop.fields.json#/definitions/productId/allOf/2/pattern",keyword:"pattern",params:{pattern: "^0*[0-9]{1,7}$"},message:"must match pattern \""+"^0*[0-9]{1,7}$"+"\"",schema:"^0*[0-9]{1,7}$",parentSchema:schema42.allOf[2],data:data0}];
return false;
}
}
var valid2 = _errs8 === errors;
}
}
if(errors === _errs3){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 9999999 || isNaN(data0)){
validate45.errors = [{instancePath:instancePath+"/product_id",schemaPath:"shop.fields.json#/definitions/productId/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9999999},message:"must be <= 9999999",schema:9999999,parentSchema:schema42,data:data0}];
return false;
}
else {
if(data0 < 1 || isNaN(data0)){
validate45.errors = [{instancePath:instancePath+"/product_id",schemaPath:"shop.fields.json#/definitions/productId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema42,data:data0}];
return false;
}
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.product_num !== undefined){
let data1 = data.product_num;
const _errs9 = errors;
if((!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))) && (typeof data1 !== "string")){
validate45.errors = [{instancePath:instancePath+"/product_num",schemaPath:"#/properties/product_num/type",keyword:"type",params:{type: schema123.properties.product_num.type},message:"must be integer,string",schema:schema123.properties.product_num.type,parentSchema:schema123.properties.product_num,data:data1}];
return false;
}
const _errs11 = errors;
if(typeof data1 === "string"){
if(func2(data1) < 1){
validate45.errors = [{instancePath:instancePath+"/product_num",schemaPath:"#/properties/product_num/allOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema123.properties.product_num.allOf[0],data:data1}];
return false;
}
}
var valid3 = _errs11 === errors;
if(valid3){
const _errs12 = errors;
if(errors === _errs12){
if(typeof data1 === "string"){
if(!pattern5.test(data1)){
validate45.errors = [{instancePath:instancePath+"/product_num",schemaPath:"#/properties/product_num/allOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,15}$"},message:"must match pattern \""+"^[0-9]{1,15}$"+"\"",schema:"^[0-9]{1,15}$",parentSchema:schema123.properties.product_num.allOf[1],data:data1}];
return false;
}
}
}
var valid3 = _errs12 === errors;
if(valid3){
const _errs14 = errors;
if(typeof data1 === "string"){
if(!pattern40.test(data1)){
validate45.errors = [{instancePath:instancePath+"/product_num",schemaPath:"#/properties/product_num/allOf/2/pattern",keyword:"pattern",params:{pattern: "^0*[1-9][0-9]?$"},message:"must match pattern \""+"^0*[1-9][0-9]?$"+"\"",schema:"^0*[1-9][0-9]?$",parentSchema:schema123.properties.product_num.allOf[2],data:data1}];
return false;
}
}
var valid3 = _errs14 === errors;
}
}
if(errors === _errs9){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 99 || isNaN(data1)){
validate45.errors = [{instancePath:instancePath+"/product_num",schemaPath:"#/properties/product_num/maximum",keyword:"maximum",params:{comparison: "<=", limit: 99},message:"must be <= 99",schema:99,parentSchema:schema123.properties.product_num,data:data1}];
return false;
}
else {
if(data1 < 1 || isNaN(data1)){
validate45.errors = [{instancePath:instancePath+"/product_num",schemaPath:"#/properties/product_num/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema123.properties.product_num,data:data1}];
return false;
}
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.product_unitprice !== undefined){
let data2 = data.product_unitprice;
const _errs15 = errors;
const _errs16 = errors;
if((!((typeof data2 == "number") && (isFinite(data2)))) && (typeof data2 !== "string")){
validate45.errors = [{instancePath:instancePath+"/product_unitprice",schemaPath:"shop.fields.json#/definitions/money/type",keyword:"type",params:{type: schema30.type},message:"must be number,string",schema:schema30.type,parentSchema:schema30,data:data2}];
return false;
}
const _errs18 = errors;
if(typeof data2 === "string"){
if(func2(data2) < 1){
validate45.errors = [{instancePath:instancePath+"/product_unitprice",schemaPath:"shop.fields.json#/definitions/money/allOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema30.allOf[0],data:data2}];
return false;
}
}
var valid5 = _errs18 === errors;
if(valid5){
const _errs19 = errors;
if(errors === _errs19){
if(typeof data2 === "string"){
if(!pattern3.test(data2)){
validate45.errors = [{instancePath:instancePath+"/product_unitprice",schemaPath:"shop.fields.json#/definitions/money/allOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*-?[0-9]+(\\.[0-9]+)?\\s*$"},message:"must match pattern \""+"^\\s*-?[0-9]+(\\.[0-9]+)?\\s*$"+"\"",schema:"^\\s*-?[0-9]+(\\.[0-9]+)?\\s*$",parentSchema:schema30.allOf[1],data:data2}];
return false;
}
}
}
var valid5 = _errs19 === errors;
}
if(errors === _errs16){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 1000000 || isNaN(data2)){
validate45.errors = [{instancePath:instancePath+"/product_unitprice",schemaPath:"shop.fields.json#/definitions/money/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:schema30,data:data2}];
return false;
}
else {
if(data2 < 0 || isNaN(data2)){
validate45.errors = [{instancePath:instancePath+"/product_unitprice",schemaPath:"shop.fields.json#/definitions/money/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema30,data:data2}];
return false;
}
}
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.product_totalprice !== undefined){
let data3 = data.product_totalprice;
const _errs21 = errors;
const _errs22 = errors;
if((!((typeof data3 == "number") && (isFinite(data3)))) && (typeof data3 !== "string")){
validate45.errors = [{instancePath:instancePath+"/product_totalprice",schemaPath:"shop.fields.json#/definitions/money/type",keyword:"type",params:{type: schema30.type},message:"must be number,string",schema:schema30.type,parentSchema:schema30,data:data3}];
return false;
}
const _errs24 = errors;
if(typeof data3 === "string"){
if(func2(data3) < 1){
validate45.errors = [{instancePath:instancePath+"/product_totalprice",schemaPath:"shop.fields.json#/definitions/money/allOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema30.allOf[0],data:data3}];
return false;
}
}
var valid7 = _errs24 === errors;
if(valid7){
const _errs25 = errors;
if(errors === _errs25){
if(typeof data3 === "string"){
if(!pattern3.test(data3)){
validate45.errors = [{instancePath:instancePath+"/product_totalprice",schemaPath:"shop.fields.json#/definitions/money/allOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*-?[0-9]+(\\.[0-9]+)?\\s*$"},message:"must match pattern \""+"^\\s*-?[0-9]+(\\.[0-9]+)?\\s*$"+"\"",schema:"^\\s*-?[0-9]+(\\.[0-9]+)?\\s*$",parentSchema:schema30.allOf[1],data:data3}];
return false;
}
}
}
var valid7 = _errs25 === errors;
}
if(errors === _errs22){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 1000000 || isNaN(data3)){
validate45.errors = [{instancePath:instancePath+"/product_totalprice",schemaPath:"shop.fields.json#/definitions/money/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:schema30,data:data3}];
return false;
}
else {
if(data3 < 0 || isNaN(data3)){
validate45.errors = [{instancePath:instancePath+"/product_totalprice",schemaPath:"shop.fields.json#/definitions/money/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema30,data:data3}];
return false;
}
}
}
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate45.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema123.type,parentSchema:schema123,data}];
return false;
}
}
validate45.errors = vErrors;
return errors === 0;
}

export const file29 = validate46;
const schema127 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"purchase.cancel.answer.json","title":"purchase/cancel answer","description":"Nothing: {}.","examples":[{}],"$ref":"answer.fields.json#/definitions/nothing"};

function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="purchase.cancel.answer.json" */;
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(errors === _errs0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 0){
validate46.errors = [{instancePath,schemaPath:"answer.fields.json#/definitions/nothing/maxProperties",keyword:"maxProperties",params:{limit: 0},message:"must NOT have more than 0 properties",schema:0,parentSchema:schema18,data}];
return false;
}
else {
for(const key0 in data){
validate46.errors = [{instancePath,schemaPath:"answer.fields.json#/definitions/nothing/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema18,data}];
return false;
break;
}
}
}
else {
validate46.errors = [{instancePath,schemaPath:"answer.fields.json#/definitions/nothing/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema18.type,parentSchema:schema18,data}];
return false;
}
}
validate46.errors = vErrors;
return errors === 0;
}

export const file30 = validate47;
const schema129 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"purchase.cancel.json","title":"purchase/cancel data","description":"Cancels a purchase the caller made, while it is paying. Answers {}. 100 \"Purchase id not exist\", 101 \"Have no right to operate\" (not the buyer), 201 \"This purchase is not paying state\".","x-type-name":"订单 · purchases","examples":[{"purchase_id":"17639460004517733"}],"type":"object","required":["purchase_id"],"properties":{"purchase_id":{"$ref":"shop.fields.json#/definitions/purchaseId"}}};
const schema130 = {"description":"17 digits, best sent as a string (a JSON number that long loses digits).","type":["string","integer"],"minimum":1,"allOf":[{"minLength":1},{"pattern":"^[0-9]{1,17}$","x-status":"valueType"}]};
const pattern43 = new RegExp("^[0-9]{1,17}$", "u");

function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="purchase.cancel.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.purchase_id === undefined) && (missing0 = "purchase_id")){
validate47.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema129.required,parentSchema:schema129,data}];
return false;
}
else {
if(data.purchase_id !== undefined){
let data0 = data.purchase_id;
const _errs3 = errors;
if((typeof data0 !== "string") && (!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0))))){
validate47.errors = [{instancePath:instancePath+"/purchase_id",schemaPath:"shop.fields.json#/definitions/purchaseId/type",keyword:"type",params:{type: schema130.type},message:"must be string,integer",schema:schema130.type,parentSchema:schema130,data:data0}];
return false;
}
const _errs5 = errors;
if(typeof data0 === "string"){
if(func2(data0) < 1){
validate47.errors = [{instancePath:instancePath+"/purchase_id",schemaPath:"shop.fields.json#/definitions/purchaseId/allOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema130.allOf[0],data:data0}];
return false;
}
}
var valid2 = _errs5 === errors;
if(valid2){
const _errs6 = errors;
if(errors === _errs6){
if(typeof data0 === "string"){
if(!pattern43.test(data0)){
validate47.errors = [{instancePath:instancePath+"/purchase_id",schemaPath:"shop.fields.json#/definitions/purchaseId/allOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,17}$"},message:"must match pattern \""+"^[0-9]{1,17}$"+"\"",schema:"^[0-9]{1,17}$",parentSchema:schema130.allOf[1],data:data0}];
return false;
}
}
}
var valid2 = _errs6 === errors;
}
if(errors === _errs3){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate47.errors = [{instancePath:instancePath+"/purchase_id",schemaPath:"shop.fields.json#/definitions/purchaseId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema130,data:data0}];
return false;
}
}
}
}
}
}
else {
validate47.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema129.type,parentSchema:schema129,data}];
return false;
}
}
validate47.errors = vErrors;
return errors === 0;
}

export const file31 = validate48;
const schema131 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"purchase.confirm.answer.json","title":"purchase/confirm answer","description":"Nothing: {}.","examples":[{}],"$ref":"answer.fields.json#/definitions/nothing"};

function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="purchase.confirm.answer.json" */;
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(errors === _errs0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 0){
validate48.errors = [{instancePath,schemaPath:"answer.fields.json#/definitions/nothing/maxProperties",keyword:"maxProperties",params:{limit: 0},message:"must NOT have more than 0 properties",schema:0,parentSchema:schema18,data}];
return false;
}
else {
for(const key0 in data){
validate48.errors = [{instancePath,schemaPath:"answer.fields.json#/definitions/nothing/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema18,data}];
return false;
break;
}
}
}
else {
validate48.errors = [{instancePath,schemaPath:"answer.fields.json#/definitions/nothing/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema18.type,parentSchema:schema18,data}];
return false;
}
}
validate48.errors = vErrors;
return errors === 0;
}

export const file32 = validate49;
const schema133 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"purchase.confirm.json","title":"purchase/confirm data","description":"The buyer confirms that the purchase arrived: the money held for it goes to the seller (ledger kind release), settle_state released. Only the buyer (else 101), only while held or disputed (else 203 \"This purchase is not held\"). Answers {}. 100 \"Purchase id not exist\", 103 \"The seller's wallet is full\" (nothing changes).","x-type-name":"订单 · purchases","examples":[{"purchase_id":"17639460004517733"}],"type":"object","required":["purchase_id"],"properties":{"purchase_id":{"$ref":"shop.fields.json#/definitions/purchaseId"}}};

function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="purchase.confirm.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.purchase_id === undefined) && (missing0 = "purchase_id")){
validate49.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema133.required,parentSchema:schema133,data}];
return false;
}
else {
if(data.purchase_id !== undefined){
let data0 = data.purchase_id;
const _errs3 = errors;
if((typeof data0 !== "string") && (!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0))))){
validate49.errors = [{instancePath:instancePath+"/purchase_id",schemaPath:"shop.fields.json#/definitions/purchaseId/type",keyword:"type",params:{type: schema130.type},message:"must be string,integer",schema:schema130.type,parentSchema:schema130,data:data0}];
return false;
}
const _errs5 = errors;
if(typeof data0 === "string"){
if(func2(data0) < 1){
validate49.errors = [{instancePath:instancePath+"/purchase_id",schemaPath:"shop.fields.json#/definitions/purchaseId/allOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema130.allOf[0],data:data0}];
return false;
}
}
var valid2 = _errs5 === errors;
if(valid2){
const _errs6 = errors;
if(errors === _errs6){
if(typeof data0 === "string"){
if(!pattern43.test(data0)){
validate49.errors = [{instancePath:instancePath+"/purchase_id",schemaPath:"shop.fields.json#/definitions/purchaseId/allOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,17}$"},message:"must match pattern \""+"^[0-9]{1,17}$"+"\"",schema:"^[0-9]{1,17}$",parentSchema:schema130.allOf[1],data:data0}];
return false;
}
}
}
var valid2 = _errs6 === errors;
}
if(errors === _errs3){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate49.errors = [{instancePath:instancePath+"/purchase_id",schemaPath:"shop.fields.json#/definitions/purchaseId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema130,data:data0}];
return false;
}
}
}
}
}
}
else {
validate49.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema133.type,parentSchema:schema133,data}];
return false;
}
}
validate49.errors = vErrors;
return errors === 0;
}

export const file33 = validate50;
const schema135 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"purchase.dispute.answer.json","title":"purchase/dispute answer","description":"Nothing: {}.","examples":[{}],"$ref":"answer.fields.json#/definitions/nothing"};

function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="purchase.dispute.answer.json" */;
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(errors === _errs0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 0){
validate50.errors = [{instancePath,schemaPath:"answer.fields.json#/definitions/nothing/maxProperties",keyword:"maxProperties",params:{limit: 0},message:"must NOT have more than 0 properties",schema:0,parentSchema:schema18,data}];
return false;
}
else {
for(const key0 in data){
validate50.errors = [{instancePath,schemaPath:"answer.fields.json#/definitions/nothing/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema18,data}];
return false;
break;
}
}
}
else {
validate50.errors = [{instancePath,schemaPath:"answer.fields.json#/definitions/nothing/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema18.type,parentSchema:schema18,data}];
return false;
}
}
validate50.errors = vErrors;
return errors === 0;
}

export const file34 = validate51;
const schema137 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"purchase.dispute.json","title":"purchase/dispute data","description":"The buyer disputes the purchase: its money stays held and is never released by time; it ends by the buyer's confirm, the seller's refund, or the operator's decision (npm run settle). Only the buyer (else 101), only while held (else 203 \"This purchase is not held\"). reason: 1 to 200 characters. Answers {}. 100 \"Purchase id not exist\".","x-type-name":"订单 · purchases","examples":[{"purchase_id":"17639460004517733","reason":"The lamp never came to the meeting point."}],"type":"object","required":["purchase_id","reason"],"properties":{"purchase_id":{"$ref":"shop.fields.json#/definitions/purchaseId"},"reason":{"type":"string","minLength":1,"maxLength":200}}};

function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="purchase.dispute.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.purchase_id === undefined) && (missing0 = "purchase_id")) || ((data.reason === undefined) && (missing0 = "reason"))){
validate51.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema137.required,parentSchema:schema137,data}];
return false;
}
else {
if(data.purchase_id !== undefined){
let data0 = data.purchase_id;
const _errs2 = errors;
const _errs3 = errors;
if((typeof data0 !== "string") && (!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0))))){
validate51.errors = [{instancePath:instancePath+"/purchase_id",schemaPath:"shop.fields.json#/definitions/purchaseId/type",keyword:"type",params:{type: schema130.type},message:"must be string,integer",schema:schema130.type,parentSchema:schema130,data:data0}];
return false;
}
const _errs5 = errors;
if(typeof data0 === "string"){
if(func2(data0) < 1){
validate51.errors = [{instancePath:instancePath+"/purchase_id",schemaPath:"shop.fields.json#/definitions/purchaseId/allOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema130.allOf[0],data:data0}];
return false;
}
}
var valid2 = _errs5 === errors;
if(valid2){
const _errs6 = errors;
if(errors === _errs6){
if(typeof data0 === "string"){
if(!pattern43.test(data0)){
validate51.errors = [{instancePath:instancePath+"/purchase_id",schemaPath:"shop.fields.json#/definitions/purchaseId/allOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,17}$"},message:"must match pattern \""+"^[0-9]{1,17}$"+"\"",schema:"^[0-9]{1,17}$",parentSchema:schema130.allOf[1],data:data0}];
return false;
}
}
}
var valid2 = _errs6 === errors;
}
if(errors === _errs3){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate51.errors = [{instancePath:instancePath+"/purchase_id",schemaPath:"shop.fields.json#/definitions/purchaseId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema130,data:data0}];
return false;
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.reason !== undefined){
let data1 = data.reason;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data1 === "string"){
if(func2(data1) > 200){
validate51.errors = [{instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema137.properties.reason,data:data1}];
return false;
}
else {
if(func2(data1) < 1){
validate51.errors = [{instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema137.properties.reason,data:data1}];
return false;
}
}
}
else {
validate51.errors = [{instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema137.properties.reason.type,parentSchema:schema137.properties.reason,data:data1}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate51.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema137.type,parentSchema:schema137,data}];
return false;
}
}
validate51.errors = vErrors;
return errors === 0;
}

export const file35 = validate52;
const schema139 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"purchase.info.answer.json","title":"purchase/info answer","description":"One purchase.","examples":[{"purchase_id":"17639460004517733","purchase_state":"finish","user_id":1180310087,"purchase_type":0,"purchase_price":39.8,"creat_time":"2026-11-24 10:00:00","pay_method":"wallet","product_id":4517733,"product_num":2,"product_unitprice":19.9,"product_totalprice":39.8,"pay_time":"2026-11-24 10:05:00","shop_id":811729970,"settle_state":"held","release_at":"2026-12-01 10:05:00"}],"type":"object","additionalProperties":false,"required":["purchase_id","purchase_state","user_id","purchase_type","purchase_price","creat_time","pay_method","product_id","product_num","product_unitprice","product_totalprice","pay_time","shop_id","settle_state","release_at"],"properties":{"purchase_id":{"$ref":"answer.fields.json#/definitions/purchaseId"},"purchase_state":{"$ref":"answer.fields.json#/definitions/purchaseState"},"user_id":{"description":"The buyer.","$ref":"answer.fields.json#/definitions/userId"},"purchase_type":{"type":"integer"},"purchase_price":{"$ref":"answer.fields.json#/definitions/yuan"},"creat_time":{"$ref":"answer.fields.json#/definitions/datetime"},"pay_method":{"description":"\"wallet\" once paid, \"\" before.","type":"string"},"product_id":{"type":"integer"},"product_num":{"type":"integer","minimum":1},"product_unitprice":{"$ref":"answer.fields.json#/definitions/yuan"},"product_totalprice":{"$ref":"answer.fields.json#/definitions/yuan"},"pay_time":{"description":"When it was paid; null before.","oneOf":[{"$ref":"answer.fields.json#/definitions/datetime"},{"type":"null"}]},"shop_id":{"type":"integer"},"settle_state":{"$ref":"answer.fields.json#/definitions/settleState"},"release_at":{"$ref":"answer.fields.json#/definitions/releaseAt"}}};
const schema141 = {"description":"paying, finish or cancel (an unpaid purchase past its deadline is cancel).","type":"string","enum":["paying","finish","cancel"]};
const schema142 = {"description":"A user id (1 to 15 digits); null for an owner that is no user id, in rows adopted from the original.","type":["integer","null"]};
const schema148 = {"description":"What became of the money a payment holds: \"\" until paid, then held (until the buyer confirms, the seller refunds, the buyer disputes, or release_at), disputed (held until the buyer confirms, the seller refunds or the operator decides), released (the seller was credited) or refunded (the buyer was credited back).","type":"string","enum":["","held","disputed","released","refunded"]};
const schema149 = {"description":"When held money goes to the seller if nobody acts first (pay time + purchase.escrowSeconds); \"\" unless held (disputed included).","oneOf":[{"$ref":"#/definitions/datetime"},{"type":"string","maxLength":0}]};

function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data === "string"){
if(!pattern7.test(data)){
const err0 = {instancePath,schemaPath:"#/definitions/datetime/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$",parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/definitions/datetime/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs4 = errors;
if(errors === _errs4){
if(typeof data === "string"){
if(func2(data) > 0){
const err2 = {instancePath,schemaPath:"#/oneOf/1/maxLength",keyword:"maxLength",params:{limit: 0},message:"must NOT have more than 0 characters",schema:0,parentSchema:schema149.oneOf[1],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema149.oneOf[1].type,parentSchema:schema149.oneOf[1],data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err4 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema149.oneOf,parentSchema:schema149,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
validate53.errors = vErrors;
return false;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate53.errors = vErrors;
return errors === 0;
}


function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="purchase.info.answer.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((((((((((data.purchase_id === undefined) && (missing0 = "purchase_id")) || ((data.purchase_state === undefined) && (missing0 = "purchase_state"))) || ((data.user_id === undefined) && (missing0 = "user_id"))) || ((data.purchase_type === undefined) && (missing0 = "purchase_type"))) || ((data.purchase_price === undefined) && (missing0 = "purchase_price"))) || ((data.creat_time === undefined) && (missing0 = "creat_time"))) || ((data.pay_method === undefined) && (missing0 = "pay_method"))) || ((data.product_id === undefined) && (missing0 = "product_id"))) || ((data.product_num === undefined) && (missing0 = "product_num"))) || ((data.product_unitprice === undefined) && (missing0 = "product_unitprice"))) || ((data.product_totalprice === undefined) && (missing0 = "product_totalprice"))) || ((data.pay_time === undefined) && (missing0 = "pay_time"))) || ((data.shop_id === undefined) && (missing0 = "shop_id"))) || ((data.settle_state === undefined) && (missing0 = "settle_state"))) || ((data.release_at === undefined) && (missing0 = "release_at"))){
validate52.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema139.required,parentSchema:schema139,data}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func18.call(schema139.properties, key0))){
validate52.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema139,data}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.purchase_id !== undefined){
let data0 = data.purchase_id;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(!pattern36.test(data0)){
validate52.errors = [{instancePath:instancePath+"/purchase_id",schemaPath:"answer.fields.json#/definitions/purchaseId/pattern",keyword:"pattern",params:{pattern: "^[0-9]{17}$"},message:"must match pattern \""+"^[0-9]{17}$"+"\"",schema:"^[0-9]{17}$",parentSchema:schema122,data:data0}];
return false;
}
}
else {
validate52.errors = [{instancePath:instancePath+"/purchase_id",schemaPath:"answer.fields.json#/definitions/purchaseId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema122.type,parentSchema:schema122,data:data0}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.purchase_state !== undefined){
let data1 = data.purchase_state;
const _errs5 = errors;
if(typeof data1 !== "string"){
validate52.errors = [{instancePath:instancePath+"/purchase_state",schemaPath:"answer.fields.json#/definitions/purchaseState/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema141.type,parentSchema:schema141,data:data1}];
return false;
}
if(!(((data1 === "paying") || (data1 === "finish")) || (data1 === "cancel"))){
validate52.errors = [{instancePath:instancePath+"/purchase_state",schemaPath:"answer.fields.json#/definitions/purchaseState/enum",keyword:"enum",params:{allowedValues: schema141.enum},message:"must be equal to one of the allowed values",schema:schema141.enum,parentSchema:schema141,data:data1}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user_id !== undefined){
let data2 = data.user_id;
const _errs8 = errors;
if((!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))) && (data2 !== null)){
validate52.errors = [{instancePath:instancePath+"/user_id",schemaPath:"answer.fields.json#/definitions/userId/type",keyword:"type",params:{type: schema142.type},message:"must be integer,null",schema:schema142.type,parentSchema:schema142,data:data2}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.purchase_type !== undefined){
let data3 = data.purchase_type;
const _errs11 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate52.errors = [{instancePath:instancePath+"/purchase_type",schemaPath:"#/properties/purchase_type/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema139.properties.purchase_type.type,parentSchema:schema139.properties.purchase_type,data:data3}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.purchase_price !== undefined){
let data4 = data.purchase_price;
const _errs13 = errors;
if(!((typeof data4 == "number") && (isFinite(data4)))){
validate52.errors = [{instancePath:instancePath+"/purchase_price",schemaPath:"answer.fields.json#/definitions/yuan/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema38.type,parentSchema:schema38,data:data4}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.creat_time !== undefined){
let data5 = data.creat_time;
const _errs16 = errors;
const _errs17 = errors;
if(errors === _errs17){
if(typeof data5 === "string"){
if(!pattern7.test(data5)){
validate52.errors = [{instancePath:instancePath+"/creat_time",schemaPath:"answer.fields.json#/definitions/datetime/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$",parentSchema:schema39,data:data5}];
return false;
}
}
else {
validate52.errors = [{instancePath:instancePath+"/creat_time",schemaPath:"answer.fields.json#/definitions/datetime/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data5}];
return false;
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pay_method !== undefined){
let data6 = data.pay_method;
const _errs19 = errors;
if(typeof data6 !== "string"){
validate52.errors = [{instancePath:instancePath+"/pay_method",schemaPath:"#/properties/pay_method/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema139.properties.pay_method.type,parentSchema:schema139.properties.pay_method,data:data6}];
return false;
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.product_id !== undefined){
let data7 = data.product_id;
const _errs21 = errors;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
validate52.errors = [{instancePath:instancePath+"/product_id",schemaPath:"#/properties/product_id/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema139.properties.product_id.type,parentSchema:schema139.properties.product_id,data:data7}];
return false;
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.product_num !== undefined){
let data8 = data.product_num;
const _errs23 = errors;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
validate52.errors = [{instancePath:instancePath+"/product_num",schemaPath:"#/properties/product_num/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema139.properties.product_num.type,parentSchema:schema139.properties.product_num,data:data8}];
return false;
}
if(errors === _errs23){
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 1 || isNaN(data8)){
validate52.errors = [{instancePath:instancePath+"/product_num",schemaPath:"#/properties/product_num/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema139.properties.product_num,data:data8}];
return false;
}
}
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.product_unitprice !== undefined){
let data9 = data.product_unitprice;
const _errs25 = errors;
if(!((typeof data9 == "number") && (isFinite(data9)))){
validate52.errors = [{instancePath:instancePath+"/product_unitprice",schemaPath:"answer.fields.json#/definitions/yuan/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema38.type,parentSchema:schema38,data:data9}];
return false;
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.product_totalprice !== undefined){
let data10 = data.product_totalprice;
const _errs28 = errors;
if(!((typeof data10 == "number") && (isFinite(data10)))){
validate52.errors = [{instancePath:instancePath+"/product_totalprice",schemaPath:"answer.fields.json#/definitions/yuan/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema38.type,parentSchema:schema38,data:data10}];
return false;
}
var valid0 = _errs28 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pay_time !== undefined){
let data11 = data.pay_time;
const _errs31 = errors;
const _errs32 = errors;
let valid8 = false;
let passing0 = null;
const _errs33 = errors;
const _errs34 = errors;
if(errors === _errs34){
if(typeof data11 === "string"){
if(!pattern7.test(data11)){
const err0 = {instancePath:instancePath+"/pay_time",schemaPath:"answer.fields.json#/definitions/datetime/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$",parentSchema:schema39,data:data11};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath:instancePath+"/pay_time",schemaPath:"answer.fields.json#/definitions/datetime/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data11};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs33 === errors;
if(_valid0){
valid8 = true;
passing0 = 0;
}
const _errs36 = errors;
if(data11 !== null){
const err2 = {instancePath:instancePath+"/pay_time",schemaPath:"#/properties/pay_time/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema139.properties.pay_time.oneOf[1].type,parentSchema:schema139.properties.pay_time.oneOf[1],data:data11};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs36 === errors;
if(_valid0 && valid8){
valid8 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid8 = true;
passing0 = 1;
}
}
if(!valid8){
const err3 = {instancePath:instancePath+"/pay_time",schemaPath:"#/properties/pay_time/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema139.properties.pay_time.oneOf,parentSchema:schema139.properties.pay_time,data:data11};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
validate52.errors = vErrors;
return false;
}
else {
errors = _errs32;
if(vErrors !== null){
if(_errs32){
vErrors.length = _errs32;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.shop_id !== undefined){
let data12 = data.shop_id;
const _errs38 = errors;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
validate52.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"#/properties/shop_id/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema139.properties.shop_id.type,parentSchema:schema139.properties.shop_id,data:data12}];
return false;
}
var valid0 = _errs38 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.settle_state !== undefined){
let data13 = data.settle_state;
const _errs40 = errors;
if(typeof data13 !== "string"){
validate52.errors = [{instancePath:instancePath+"/settle_state",schemaPath:"answer.fields.json#/definitions/settleState/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema148.type,parentSchema:schema148,data:data13}];
return false;
}
if(!(((((data13 === "") || (data13 === "held")) || (data13 === "disputed")) || (data13 === "released")) || (data13 === "refunded"))){
validate52.errors = [{instancePath:instancePath+"/settle_state",schemaPath:"answer.fields.json#/definitions/settleState/enum",keyword:"enum",params:{allowedValues: schema148.enum},message:"must be equal to one of the allowed values",schema:schema148.enum,parentSchema:schema148,data:data13}];
return false;
}
var valid0 = _errs40 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.release_at !== undefined){
const _errs43 = errors;
if(!(validate53(data.release_at, {instancePath:instancePath+"/release_at",parentData:data,parentDataProperty:"release_at",rootData}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
var valid0 = _errs43 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate52.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema139.type,parentSchema:schema139,data}];
return false;
}
}
validate52.errors = vErrors;
return errors === 0;
}

export const file36 = validate55;
const schema151 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"purchase.info.json","title":"purchase/info data","description":"One purchase, for its buyer or its seller: {purchase_id, purchase_state (paying, finish or cancel; an unpaid purchase past its deadline is cancel), user_id (the buyer, an integer), purchase_type, purchase_price, creat_time, pay_method (\"\" until paid), product_id, product_num, product_unitprice, product_totalprice, pay_time, shop_id, settle_state (\"\" until paid, then held, disputed, released or refunded), release_at (when held money goes to the seller; \"\" unless held)}. 100 \"Purchase id not exist\", 101 \"Have no right to operate\".","x-type-name":"订单 · purchases","examples":[{"purchase_id":"17639460004517733"}],"type":"object","required":["purchase_id"],"properties":{"purchase_id":{"$ref":"shop.fields.json#/definitions/purchaseId"}}};

function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="purchase.info.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.purchase_id === undefined) && (missing0 = "purchase_id")){
validate55.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema151.required,parentSchema:schema151,data}];
return false;
}
else {
if(data.purchase_id !== undefined){
let data0 = data.purchase_id;
const _errs3 = errors;
if((typeof data0 !== "string") && (!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0))))){
validate55.errors = [{instancePath:instancePath+"/purchase_id",schemaPath:"shop.fields.json#/definitions/purchaseId/type",keyword:"type",params:{type: schema130.type},message:"must be string,integer",schema:schema130.type,parentSchema:schema130,data:data0}];
return false;
}
const _errs5 = errors;
if(typeof data0 === "string"){
if(func2(data0) < 1){
validate55.errors = [{instancePath:instancePath+"/purchase_id",schemaPath:"shop.fields.json#/definitions/purchaseId/allOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema130.allOf[0],data:data0}];
return false;
}
}
var valid2 = _errs5 === errors;
if(valid2){
const _errs6 = errors;
if(errors === _errs6){
if(typeof data0 === "string"){
if(!pattern43.test(data0)){
validate55.errors = [{instancePath:instancePath+"/purchase_id",schemaPath:"shop.fields.json#/definitions/purchaseId/allOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,17}$"},message:"must match pattern \""+"^[0-9]{1,17}$"+"\"",schema:"^[0-9]{1,17}$",parentSchema:schema130.allOf[1],data:data0}];
return false;
}
}
}
var valid2 = _errs6 === errors;
}
if(errors === _errs3){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate55.errors = [{instancePath:instancePath+"/purchase_id",schemaPath:"shop.fields.json#/definitions/purchaseId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema130,data:data0}];
return false;
}
}
}
}
}
}
else {
validate55.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema151.type,parentSchema:schema151,data}];
return false;
}
}
validate55.errors = vErrors;
return errors === 0;
}

export const file37 = validate56;
const schema153 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"purchase.list.answer.json","title":"purchase/list answer","description":"A page of purchases, as the original answered it: num is the rows of this page.","examples":[{"num":1,"list":[{"purchase_id":"17639460004517733","purchase_state":"finish","user_id":1180310087,"purchase_type":0,"purchase_price":39.8,"creat_time":"2026-11-24 10:00:00","pay_method":"wallet","product_id":4517733,"product_num":2,"shop_id":811729970,"settle_state":"held","release_at":"2026-12-01 10:05:00"}]}],"type":"object","additionalProperties":false,"required":["num","list"],"properties":{"num":{"type":"integer","minimum":0},"list":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["purchase_id","purchase_state","user_id","purchase_type","purchase_price","creat_time","pay_method","product_id","product_num","shop_id","settle_state","release_at"],"properties":{"purchase_id":{"$ref":"answer.fields.json#/definitions/purchaseId"},"purchase_state":{"$ref":"answer.fields.json#/definitions/purchaseState"},"user_id":{"description":"The buyer.","$ref":"answer.fields.json#/definitions/userId"},"purchase_type":{"type":"integer"},"purchase_price":{"$ref":"answer.fields.json#/definitions/yuan"},"creat_time":{"$ref":"answer.fields.json#/definitions/datetime"},"pay_method":{"description":"\"wallet\" once paid, \"\" before.","type":"string"},"product_id":{"type":"integer"},"product_num":{"type":"integer","minimum":1},"shop_id":{"type":"integer"},"settle_state":{"$ref":"answer.fields.json#/definitions/settleState"},"release_at":{"$ref":"answer.fields.json#/definitions/releaseAt"}}}}}};

function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data === "string"){
if(!pattern7.test(data)){
const err0 = {instancePath,schemaPath:"#/definitions/datetime/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$",parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/definitions/datetime/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs4 = errors;
if(errors === _errs4){
if(typeof data === "string"){
if(func2(data) > 0){
const err2 = {instancePath,schemaPath:"#/oneOf/1/maxLength",keyword:"maxLength",params:{limit: 0},message:"must NOT have more than 0 characters",schema:0,parentSchema:schema149.oneOf[1],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema149.oneOf[1].type,parentSchema:schema149.oneOf[1],data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err4 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema149.oneOf,parentSchema:schema149,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
validate57.errors = vErrors;
return false;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate57.errors = vErrors;
return errors === 0;
}


function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="purchase.list.answer.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.num === undefined) && (missing0 = "num")) || ((data.list === undefined) && (missing0 = "list"))){
validate56.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema153.required,parentSchema:schema153,data}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "num") || (key0 === "list"))){
validate56.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema153,data}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.num !== undefined){
let data0 = data.num;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate56.errors = [{instancePath:instancePath+"/num",schemaPath:"#/properties/num/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema153.properties.num.type,parentSchema:schema153.properties.num,data:data0}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 0 || isNaN(data0)){
validate56.errors = [{instancePath:instancePath+"/num",schemaPath:"#/properties/num/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema153.properties.num,data:data0}];
return false;
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.list !== undefined){
let data1 = data.list;
const _errs4 = errors;
if(errors === _errs4){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs6 = errors;
if(errors === _errs6){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if(((((((((((((data2.purchase_id === undefined) && (missing1 = "purchase_id")) || ((data2.purchase_state === undefined) && (missing1 = "purchase_state"))) || ((data2.user_id === undefined) && (missing1 = "user_id"))) || ((data2.purchase_type === undefined) && (missing1 = "purchase_type"))) || ((data2.purchase_price === undefined) && (missing1 = "purchase_price"))) || ((data2.creat_time === undefined) && (missing1 = "creat_time"))) || ((data2.pay_method === undefined) && (missing1 = "pay_method"))) || ((data2.product_id === undefined) && (missing1 = "product_id"))) || ((data2.product_num === undefined) && (missing1 = "product_num"))) || ((data2.shop_id === undefined) && (missing1 = "shop_id"))) || ((data2.settle_state === undefined) && (missing1 = "settle_state"))) || ((data2.release_at === undefined) && (missing1 = "release_at"))){
validate56.errors = [{instancePath:instancePath+"/list/" + i0,schemaPath:"#/properties/list/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'",schema:schema153.properties.list.items.required,parentSchema:schema153.properties.list.items,data:data2}];
return false;
}
else {
const _errs8 = errors;
for(const key1 in data2){
if(!(func18.call(schema153.properties.list.items.properties, key1))){
validate56.errors = [{instancePath:instancePath+"/list/" + i0,schemaPath:"#/properties/list/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema153.properties.list.items,data:data2}];
return false;
break;
}
}
if(_errs8 === errors){
if(data2.purchase_id !== undefined){
let data3 = data2.purchase_id;
const _errs9 = errors;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data3 === "string"){
if(!pattern36.test(data3)){
validate56.errors = [{instancePath:instancePath+"/list/" + i0+"/purchase_id",schemaPath:"answer.fields.json#/definitions/purchaseId/pattern",keyword:"pattern",params:{pattern: "^[0-9]{17}$"},message:"must match pattern \""+"^[0-9]{17}$"+"\"",schema:"^[0-9]{17}$",parentSchema:schema122,data:data3}];
return false;
}
}
else {
validate56.errors = [{instancePath:instancePath+"/list/" + i0+"/purchase_id",schemaPath:"answer.fields.json#/definitions/purchaseId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema122.type,parentSchema:schema122,data:data3}];
return false;
}
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.purchase_state !== undefined){
let data4 = data2.purchase_state;
const _errs12 = errors;
if(typeof data4 !== "string"){
validate56.errors = [{instancePath:instancePath+"/list/" + i0+"/purchase_state",schemaPath:"answer.fields.json#/definitions/purchaseState/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema141.type,parentSchema:schema141,data:data4}];
return false;
}
if(!(((data4 === "paying") || (data4 === "finish")) || (data4 === "cancel"))){
validate56.errors = [{instancePath:instancePath+"/list/" + i0+"/purchase_state",schemaPath:"answer.fields.json#/definitions/purchaseState/enum",keyword:"enum",params:{allowedValues: schema141.enum},message:"must be equal to one of the allowed values",schema:schema141.enum,parentSchema:schema141,data:data4}];
return false;
}
var valid2 = _errs12 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.user_id !== undefined){
let data5 = data2.user_id;
const _errs15 = errors;
if((!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))) && (data5 !== null)){
validate56.errors = [{instancePath:instancePath+"/list/" + i0+"/user_id",schemaPath:"answer.fields.json#/definitions/userId/type",keyword:"type",params:{type: schema142.type},message:"must be integer,null",schema:schema142.type,parentSchema:schema142,data:data5}];
return false;
}
var valid2 = _errs15 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.purchase_type !== undefined){
let data6 = data2.purchase_type;
const _errs18 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
validate56.errors = [{instancePath:instancePath+"/list/" + i0+"/purchase_type",schemaPath:"#/properties/list/items/properties/purchase_type/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema153.properties.list.items.properties.purchase_type.type,parentSchema:schema153.properties.list.items.properties.purchase_type,data:data6}];
return false;
}
var valid2 = _errs18 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.purchase_price !== undefined){
let data7 = data2.purchase_price;
const _errs20 = errors;
if(!((typeof data7 == "number") && (isFinite(data7)))){
validate56.errors = [{instancePath:instancePath+"/list/" + i0+"/purchase_price",schemaPath:"answer.fields.json#/definitions/yuan/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema38.type,parentSchema:schema38,data:data7}];
return false;
}
var valid2 = _errs20 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.creat_time !== undefined){
let data8 = data2.creat_time;
const _errs23 = errors;
const _errs24 = errors;
if(errors === _errs24){
if(typeof data8 === "string"){
if(!pattern7.test(data8)){
validate56.errors = [{instancePath:instancePath+"/list/" + i0+"/creat_time",schemaPath:"answer.fields.json#/definitions/datetime/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$",parentSchema:schema39,data:data8}];
return false;
}
}
else {
validate56.errors = [{instancePath:instancePath+"/list/" + i0+"/creat_time",schemaPath:"answer.fields.json#/definitions/datetime/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data8}];
return false;
}
}
var valid2 = _errs23 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.pay_method !== undefined){
let data9 = data2.pay_method;
const _errs26 = errors;
if(typeof data9 !== "string"){
validate56.errors = [{instancePath:instancePath+"/list/" + i0+"/pay_method",schemaPath:"#/properties/list/items/properties/pay_method/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema153.properties.list.items.properties.pay_method.type,parentSchema:schema153.properties.list.items.properties.pay_method,data:data9}];
return false;
}
var valid2 = _errs26 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.product_id !== undefined){
let data10 = data2.product_id;
const _errs28 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
validate56.errors = [{instancePath:instancePath+"/list/" + i0+"/product_id",schemaPath:"#/properties/list/items/properties/product_id/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema153.properties.list.items.properties.product_id.type,parentSchema:schema153.properties.list.items.properties.product_id,data:data10}];
return false;
}
var valid2 = _errs28 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.product_num !== undefined){
let data11 = data2.product_num;
const _errs30 = errors;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
validate56.errors = [{instancePath:instancePath+"/list/" + i0+"/product_num",schemaPath:"#/properties/list/items/properties/product_num/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema153.properties.list.items.properties.product_num.type,parentSchema:schema153.properties.list.items.properties.product_num,data:data11}];
return false;
}
if(errors === _errs30){
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 1 || isNaN(data11)){
validate56.errors = [{instancePath:instancePath+"/list/" + i0+"/product_num",schemaPath:"#/properties/list/items/properties/product_num/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema153.properties.list.items.properties.product_num,data:data11}];
return false;
}
}
}
var valid2 = _errs30 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.shop_id !== undefined){
let data12 = data2.shop_id;
const _errs32 = errors;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
validate56.errors = [{instancePath:instancePath+"/list/" + i0+"/shop_id",schemaPath:"#/properties/list/items/properties/shop_id/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema153.properties.list.items.properties.shop_id.type,parentSchema:schema153.properties.list.items.properties.shop_id,data:data12}];
return false;
}
var valid2 = _errs32 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.settle_state !== undefined){
let data13 = data2.settle_state;
const _errs34 = errors;
if(typeof data13 !== "string"){
validate56.errors = [{instancePath:instancePath+"/list/" + i0+"/settle_state",schemaPath:"answer.fields.json#/definitions/settleState/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema148.type,parentSchema:schema148,data:data13}];
return false;
}
if(!(((((data13 === "") || (data13 === "held")) || (data13 === "disputed")) || (data13 === "released")) || (data13 === "refunded"))){
validate56.errors = [{instancePath:instancePath+"/list/" + i0+"/settle_state",schemaPath:"answer.fields.json#/definitions/settleState/enum",keyword:"enum",params:{allowedValues: schema148.enum},message:"must be equal to one of the allowed values",schema:schema148.enum,parentSchema:schema148,data:data13}];
return false;
}
var valid2 = _errs34 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data2.release_at !== undefined){
const _errs37 = errors;
if(!(validate57(data2.release_at, {instancePath:instancePath+"/list/" + i0+"/release_at",parentData:data2,parentDataProperty:"release_at",rootData}))){
vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
errors = vErrors.length;
}
var valid2 = _errs37 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate56.errors = [{instancePath:instancePath+"/list/" + i0,schemaPath:"#/properties/list/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema153.properties.list.items.type,parentSchema:schema153.properties.list.items,data:data2}];
return false;
}
}
var valid1 = _errs6 === errors;
if(!valid1){
break;
}
}
}
else {
validate56.errors = [{instancePath:instancePath+"/list",schemaPath:"#/properties/list/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema153.properties.list.type,parentSchema:schema153.properties.list,data:data1}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate56.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema153.type,parentSchema:schema153,data}];
return false;
}
}
validate56.errors = vErrors;
return errors === 0;
}

export const file38 = validate59;
const schema162 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"purchase.list.json","title":"purchase/list data","description":"The caller's purchases (role buyer, the default) or the purchases from the caller's shops (role seller), newest first, optionally of one state and of one settle_state (a seller's \"money on its way\": held). Answers {num, list} as the original did: num is the rows of this page, list its rows {purchase_id, purchase_state, user_id (the buyer, an integer), purchase_type, purchase_price, creat_time, pay_method, product_id, product_num, shop_id, settle_state, release_at}; an empty page is status 0 with {num: 0, list: []}.","x-type-name":"订单 · purchases","examples":[{"role":"buyer","state":"finish"}],"type":"object","properties":{"role":{"type":"string","enum":["buyer","seller"]},"state":{"type":"string","enum":["paying","finish","cancel"]},"settle_state":{"type":"string","enum":["held","disputed","released","refunded"]},"limit":{"$ref":"shop.fields.json#/definitions/limit"},"offset":{"$ref":"shop.fields.json#/definitions/offset"}}};

function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="purchase.list.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.role !== undefined){
let data0 = data.role;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate59.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema162.properties.role.type,parentSchema:schema162.properties.role,data:data0}];
return false;
}
if(!((data0 === "buyer") || (data0 === "seller"))){
validate59.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/enum",keyword:"enum",params:{allowedValues: schema162.properties.role.enum},message:"must be equal to one of the allowed values",schema:schema162.properties.role.enum,parentSchema:schema162.properties.role,data:data0}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
let data1 = data.state;
const _errs4 = errors;
if(typeof data1 !== "string"){
validate59.errors = [{instancePath:instancePath+"/state",schemaPath:"#/properties/state/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema162.properties.state.type,parentSchema:schema162.properties.state,data:data1}];
return false;
}
if(!(((data1 === "paying") || (data1 === "finish")) || (data1 === "cancel"))){
validate59.errors = [{instancePath:instancePath+"/state",schemaPath:"#/properties/state/enum",keyword:"enum",params:{allowedValues: schema162.properties.state.enum},message:"must be equal to one of the allowed values",schema:schema162.properties.state.enum,parentSchema:schema162.properties.state,data:data1}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.settle_state !== undefined){
let data2 = data.settle_state;
const _errs6 = errors;
if(typeof data2 !== "string"){
validate59.errors = [{instancePath:instancePath+"/settle_state",schemaPath:"#/properties/settle_state/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema162.properties.settle_state.type,parentSchema:schema162.properties.settle_state,data:data2}];
return false;
}
if(!((((data2 === "held") || (data2 === "disputed")) || (data2 === "released")) || (data2 === "refunded"))){
validate59.errors = [{instancePath:instancePath+"/settle_state",schemaPath:"#/properties/settle_state/enum",keyword:"enum",params:{allowedValues: schema162.properties.settle_state.enum},message:"must be equal to one of the allowed values",schema:schema162.properties.settle_state.enum,parentSchema:schema162.properties.settle_state,data:data2}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.limit !== undefined){
let data3 = data.limit;
const _errs8 = errors;
const _errs9 = errors;
if((!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))) && (typeof data3 !== "string")){
validate59.errors = [{instancePath:instancePath+"/limit",schemaPath:"shop.fields.json#/definitions/limit/type",keyword:"type",params:{type: schema51.type},message:"must be integer,string",schema:schema51.type,parentSchema:schema51,data:data3}];
return false;
}
if(errors === _errs9){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 200 || isNaN(data3)){
validate59.errors = [{instancePath:instancePath+"/limit",schemaPath:"shop.fields.json#/definitions/limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 200},message:"must be <= 200",schema:200,parentSchema:schema51,data:data3}];
return false;
}
else {
if(data3 < 1 || isNaN(data3)){
validate59.errors = [{instancePath:instancePath+"/limit",schemaPath:"shop.fields.json#/definitions/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema51,data:data3}];
return false;
}
}
}
if(errors === _errs9){
if(typeof data3 === "string"){
if(!pattern15.test(data3)){
validate59.errors = [{instancePath:instancePath+"/limit",schemaPath:"shop.fields.json#/definitions/limit/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,3}$"},message:"must match pattern \""+"^[0-9]{1,3}$"+"\"",schema:"^[0-9]{1,3}$",parentSchema:schema51,data:data3}];
return false;
}
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.offset !== undefined){
let data4 = data.offset;
const _errs12 = errors;
const _errs13 = errors;
if((!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))) && (typeof data4 !== "string")){
validate59.errors = [{instancePath:instancePath+"/offset",schemaPath:"shop.fields.json#/definitions/offset/type",keyword:"type",params:{type: schema52.type},message:"must be integer,string",schema:schema52.type,parentSchema:schema52,data:data4}];
return false;
}
if(errors === _errs13){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 1000000000 || isNaN(data4)){
validate59.errors = [{instancePath:instancePath+"/offset",schemaPath:"shop.fields.json#/definitions/offset/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000},message:"must be <= 1000000000",schema:1000000000,parentSchema:schema52,data:data4}];
return false;
}
else {
if(data4 < 0 || isNaN(data4)){
validate59.errors = [{instancePath:instancePath+"/offset",schemaPath:"shop.fields.json#/definitions/offset/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema52,data:data4}];
return false;
}
}
}
if(errors === _errs13){
if(typeof data4 === "string"){
if(!pattern16.test(data4)){
validate59.errors = [{instancePath:instancePath+"/offset",schemaPath:"shop.fields.json#/definitions/offset/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,10}$"},message:"must match pattern \""+"^[0-9]{1,10}$"+"\"",schema:"^[0-9]{1,10}$",parentSchema:schema52,data:data4}];
return false;
}
}
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate59.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema162.type,parentSchema:schema162,data}];
return false;
}
}
validate59.errors = vErrors;
return errors === 0;
}

export const file39 = validate60;
const schema165 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"purchase.pay.answer.json","title":"purchase/pay answer","description":"Nothing: {}.","examples":[{}],"$ref":"answer.fields.json#/definitions/nothing"};

function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="purchase.pay.answer.json" */;
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(errors === _errs0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 0){
validate60.errors = [{instancePath,schemaPath:"answer.fields.json#/definitions/nothing/maxProperties",keyword:"maxProperties",params:{limit: 0},message:"must NOT have more than 0 properties",schema:0,parentSchema:schema18,data}];
return false;
}
else {
for(const key0 in data){
validate60.errors = [{instancePath,schemaPath:"answer.fields.json#/definitions/nothing/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema18,data}];
return false;
break;
}
}
}
else {
validate60.errors = [{instancePath,schemaPath:"answer.fields.json#/definitions/nothing/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema18.type,parentSchema:schema18,data}];
return false;
}
}
validate60.errors = vErrors;
return errors === 0;
}

export const file40 = validate61;
const schema167 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"purchase.pay.json","title":"purchase/pay data","description":"Pays a purchase from the buyer's wallet, in one transaction: the purchase goes from paying to finish (only if still paying and not expired), the product must still be on sale and its sale count grows, the buyer's balance goes down by the price agreed at apply (only if it stays at or above 0), the money is held for the seller (settle_state held) until the buyer confirms, the seller refunds, or purchase.escrowSeconds pass (then released to the seller); with escrowSeconds 0 the seller is credited at once (only if the wallet stays at or below 9999999999.99). Any refusal changes nothing. Answers {}. Local statuses: 100 \"Purchase id not exist\", 101 \"Have no right to operate\" (not the buyer), 102 \"Balance is not enough\", 103 \"The seller's wallet is full\" (escrowSeconds 0), 200 \"Pay method not allow\" (only \"wallet\"), 201 \"This purchase is not paying state\" (paid, cancelled or expired), 202 \"The product is not on sale\" (withdrawn or deleted since apply).","x-type-name":"订单 · purchases","examples":[{"purchase_id":"17639460004517733","method":"wallet"}],"type":"object","required":["purchase_id","method"],"properties":{"purchase_id":{"$ref":"shop.fields.json#/definitions/purchaseId"},"method":{"type":"string","enum":["wallet"],"x-status":"payMethodNotAllowed"}}};

function validate61(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="purchase.pay.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.purchase_id === undefined) && (missing0 = "purchase_id")) || ((data.method === undefined) && (missing0 = "method"))){
validate61.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema167.required,parentSchema:schema167,data}];
return false;
}
else {
if(data.purchase_id !== undefined){
let data0 = data.purchase_id;
const _errs2 = errors;
const _errs3 = errors;
if((typeof data0 !== "string") && (!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0))))){
validate61.errors = [{instancePath:instancePath+"/purchase_id",schemaPath:"shop.fields.json#/definitions/purchaseId/type",keyword:"type",params:{type: schema130.type},message:"must be string,integer",schema:schema130.type,parentSchema:schema130,data:data0}];
return false;
}
const _errs5 = errors;
if(typeof data0 === "string"){
if(func2(data0) < 1){
validate61.errors = [{instancePath:instancePath+"/purchase_id",schemaPath:"shop.fields.json#/definitions/purchaseId/allOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema130.allOf[0],data:data0}];
return false;
}
}
var valid2 = _errs5 === errors;
if(valid2){
const _errs6 = errors;
if(errors === _errs6){
if(typeof data0 === "string"){
if(!pattern43.test(data0)){
validate61.errors = [{instancePath:instancePath+"/purchase_id",schemaPath:"shop.fields.json#/definitions/purchaseId/allOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,17}$"},message:"must match pattern \""+"^[0-9]{1,17}$"+"\"",schema:"^[0-9]{1,17}$",parentSchema:schema130.allOf[1],data:data0}];
return false;
}
}
}
var valid2 = _errs6 === errors;
}
if(errors === _errs3){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate61.errors = [{instancePath:instancePath+"/purchase_id",schemaPath:"shop.fields.json#/definitions/purchaseId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema130,data:data0}];
return false;
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.method !== undefined){
let data1 = data.method;
const _errs8 = errors;
if(typeof data1 !== "string"){
validate61.errors = [{instancePath:instancePath+"/method",schemaPath:"#/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema167.properties.method.type,parentSchema:schema167.properties.method,data:data1}];
return false;
}
if(!(data1 === "wallet")){
validate61.errors = [{instancePath:instancePath+"/method",schemaPath:"#/properties/method/enum",keyword:"enum",params:{allowedValues: schema167.properties.method.enum},message:"must be equal to one of the allowed values",schema:schema167.properties.method.enum,parentSchema:schema167.properties.method,data:data1}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate61.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema167.type,parentSchema:schema167,data}];
return false;
}
}
validate61.errors = vErrors;
return errors === 0;
}

export const file41 = validate62;
const schema169 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"purchase.refund.answer.json","title":"purchase/refund answer","description":"Nothing: {}.","examples":[{}],"$ref":"answer.fields.json#/definitions/nothing"};

function validate62(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="purchase.refund.answer.json" */;
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(errors === _errs0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 0){
validate62.errors = [{instancePath,schemaPath:"answer.fields.json#/definitions/nothing/maxProperties",keyword:"maxProperties",params:{limit: 0},message:"must NOT have more than 0 properties",schema:0,parentSchema:schema18,data}];
return false;
}
else {
for(const key0 in data){
validate62.errors = [{instancePath,schemaPath:"answer.fields.json#/definitions/nothing/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema18,data}];
return false;
break;
}
}
}
else {
validate62.errors = [{instancePath,schemaPath:"answer.fields.json#/definitions/nothing/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema18.type,parentSchema:schema18,data}];
return false;
}
}
validate62.errors = vErrors;
return errors === 0;
}

export const file42 = validate63;
const schema171 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"purchase.refund.json","title":"purchase/refund data","description":"The seller gives the money back: the money held for the purchase goes back to the buyer (ledger kind refund), purchase_state cancel, settle_state refunded, and the product's sale count goes down by product_num. Only the seller (the shop's owner; else 101), only while held or disputed (else 203 \"This purchase is not held\"). Answers {}. 100 \"Purchase id not exist\", 104 \"The buyer's wallet is full\" (nothing changes).","x-type-name":"订单 · purchases","examples":[{"purchase_id":"17639460004517733"}],"type":"object","required":["purchase_id"],"properties":{"purchase_id":{"$ref":"shop.fields.json#/definitions/purchaseId"}}};

function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="purchase.refund.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.purchase_id === undefined) && (missing0 = "purchase_id")){
validate63.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema171.required,parentSchema:schema171,data}];
return false;
}
else {
if(data.purchase_id !== undefined){
let data0 = data.purchase_id;
const _errs3 = errors;
if((typeof data0 !== "string") && (!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0))))){
validate63.errors = [{instancePath:instancePath+"/purchase_id",schemaPath:"shop.fields.json#/definitions/purchaseId/type",keyword:"type",params:{type: schema130.type},message:"must be string,integer",schema:schema130.type,parentSchema:schema130,data:data0}];
return false;
}
const _errs5 = errors;
if(typeof data0 === "string"){
if(func2(data0) < 1){
validate63.errors = [{instancePath:instancePath+"/purchase_id",schemaPath:"shop.fields.json#/definitions/purchaseId/allOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema130.allOf[0],data:data0}];
return false;
}
}
var valid2 = _errs5 === errors;
if(valid2){
const _errs6 = errors;
if(errors === _errs6){
if(typeof data0 === "string"){
if(!pattern43.test(data0)){
validate63.errors = [{instancePath:instancePath+"/purchase_id",schemaPath:"shop.fields.json#/definitions/purchaseId/allOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,17}$"},message:"must match pattern \""+"^[0-9]{1,17}$"+"\"",schema:"^[0-9]{1,17}$",parentSchema:schema130.allOf[1],data:data0}];
return false;
}
}
}
var valid2 = _errs6 === errors;
}
if(errors === _errs3){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate63.errors = [{instancePath:instancePath+"/purchase_id",schemaPath:"shop.fields.json#/definitions/purchaseId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema130,data:data0}];
return false;
}
}
}
}
}
}
else {
validate63.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema171.type,parentSchema:schema171,data}];
return false;
}
}
validate63.errors = vErrors;
return errors === 0;
}

export const file43 = validate64;
const schema173 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"shop.creat.answer.json","title":"shop/creat answer","description":"The new shop's id (9 digits).","examples":[{"shop_id":811729970}],"type":"object","additionalProperties":false,"required":["shop_id"],"properties":{"shop_id":{"type":"integer","minimum":100000000,"maximum":999999999}}};

function validate64(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="shop.creat.answer.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.shop_id === undefined) && (missing0 = "shop_id")){
validate64.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema173.required,parentSchema:schema173,data}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "shop_id")){
validate64.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema173,data}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.shop_id !== undefined){
let data0 = data.shop_id;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate64.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"#/properties/shop_id/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema173.properties.shop_id.type,parentSchema:schema173.properties.shop_id,data:data0}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 999999999 || isNaN(data0)){
validate64.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"#/properties/shop_id/maximum",keyword:"maximum",params:{comparison: "<=", limit: 999999999},message:"must be <= 999999999",schema:999999999,parentSchema:schema173.properties.shop_id,data:data0}];
return false;
}
else {
if(data0 < 100000000 || isNaN(data0)){
validate64.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"#/properties/shop_id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100000000},message:"must be >= 100000000",schema:100000000,parentSchema:schema173.properties.shop_id,data:data0}];
return false;
}
}
}
}
}
}
}
}
else {
validate64.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema173.type,parentSchema:schema173,data}];
return false;
}
}
validate64.errors = vErrors;
return errors === 0;
}

export const file44 = validate65;
const schema174 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"shop.creat.json","title":"shop/creat (alias shop/create) data","description":"Opens a shop owned by the token's user. Answers {shop_id} (9 digits, random). shop_id and creat_time in the request are ignored. 100 the name is taken; 101 the user already has the maximum number of shops (3 by default).","x-type-name":"店铺 · shops","examples":[{"shop_name":"码三秃的店铺","shop_content":"二手教材"}],"type":"object","required":["shop_name"],"properties":{"shop_name":{"description":"Unique, and never changes.","$ref":"shop.fields.json#/definitions/shopName"},"shop_content":{"type":"string","maxLength":10000},"user_id":{"description":"Must be the token's user when given.","type":["string","integer"],"maxLength":32}}};
const schema175 = {"description":"Leading and trailing white space is trimmed first, so names compare the same on every database.","type":"string","transform":["trim"],"minLength":1,"maxLength":100};

function validate65(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="shop.creat.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.shop_name === undefined) && (missing0 = "shop_name")){
validate65.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema174.required,parentSchema:schema174,data}];
return false;
}
else {
if(data.shop_name !== undefined){
let data0 = data.shop_name;
const _errs2 = errors;
const _errs3 = errors;
if(typeof data0 == "string" && data !== undefined){
data0 = func9(data0);
data["shop_name"] = data0;
}
if(errors === _errs3){
if(typeof data0 === "string"){
if(func2(data0) > 100){
validate65.errors = [{instancePath:instancePath+"/shop_name",schemaPath:"shop.fields.json#/definitions/shopName/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema175,data:data0}];
return false;
}
else {
if(func2(data0) < 1){
validate65.errors = [{instancePath:instancePath+"/shop_name",schemaPath:"shop.fields.json#/definitions/shopName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema175,data:data0}];
return false;
}
}
}
else {
validate65.errors = [{instancePath:instancePath+"/shop_name",schemaPath:"shop.fields.json#/definitions/shopName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema175.type,parentSchema:schema175,data:data0}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.shop_content !== undefined){
let data1 = data.shop_content;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data1 === "string"){
if(func2(data1) > 10000){
validate65.errors = [{instancePath:instancePath+"/shop_content",schemaPath:"#/properties/shop_content/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters",schema:10000,parentSchema:schema174.properties.shop_content,data:data1}];
return false;
}
}
else {
validate65.errors = [{instancePath:instancePath+"/shop_content",schemaPath:"#/properties/shop_content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema174.properties.shop_content.type,parentSchema:schema174.properties.shop_content,data:data1}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user_id !== undefined){
let data2 = data.user_id;
const _errs7 = errors;
if((typeof data2 !== "string") && (!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2))))){
validate65.errors = [{instancePath:instancePath+"/user_id",schemaPath:"#/properties/user_id/type",keyword:"type",params:{type: schema174.properties.user_id.type},message:"must be string,integer",schema:schema174.properties.user_id.type,parentSchema:schema174.properties.user_id,data:data2}];
return false;
}
if(errors === _errs7){
if(typeof data2 === "string"){
if(func2(data2) > 32){
validate65.errors = [{instancePath:instancePath+"/user_id",schemaPath:"#/properties/user_id/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters",schema:32,parentSchema:schema174.properties.user_id,data:data2}];
return false;
}
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate65.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema174.type,parentSchema:schema174,data}];
return false;
}
}
validate65.errors = vErrors;
return errors === 0;
}

export const file45 = validate24;
const schema28 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"shop.fields.json","title":"Student platform fields","description":"Field definitions shared by the shop, picture, product and purchase APIs. Ids and counts may be sent as integers or strings of digits; amounts of money as numbers or numeric strings, in yuan, with at most 2 decimals.","definitions":{"shopId":{"description":"9 digits; a larger number names no shop.","type":["integer","string"],"minimum":1,"maximum":999999999,"allOf":[{"minLength":1},{"pattern":"^[0-9]{1,15}$","x-status":"valueType"},{"pattern":"^0*[0-9]{1,9}$"}]},"shopName":{"description":"Leading and trailing white space is trimmed first, so names compare the same on every database.","type":"string","transform":["trim"],"minLength":1,"maxLength":100},"limit":{"description":"Rows in the page: 1 to 200, an integer or a string of digits; 50 when missing. Anything else is -204.","type":["integer","string"],"minimum":1,"maximum":200,"pattern":"^[0-9]{1,3}$","x-status":"valueError"},"offset":{"description":"Rows to skip: 0 to 1000000000, an integer or a string of digits; 0 when missing. Anything else is -204.","type":["integer","string"],"minimum":0,"maximum":1000000000,"pattern":"^[0-9]{1,10}$","x-status":"valueError"},"order":{"description":"A comma-separated list of \"<column> ASC|DESC\" over the list's columns; ties are broken by the id.","type":"string","maxLength":500},"picUrl":{"type":"string","maxLength":512},"productId":{"description":"7 digits; a larger number names no product.","type":["integer","string"],"minimum":1,"maximum":9999999,"allOf":[{"minLength":1},{"pattern":"^[0-9]{1,15}$","x-status":"valueType"},{"pattern":"^0*[0-9]{1,7}$"}]},"money":{"description":"Yuan, 0 to 1000000, at most 2 decimals (more: -204), as a number or a numeric string.","type":["number","string"],"minimum":0,"maximum":1000000,"allOf":[{"minLength":1},{"pattern":"^\\s*-?[0-9]+(\\.[0-9]+)?\\s*$","x-status":"valueType"}]},"productName":{"type":"string","transform":["trim"],"minLength":1,"maxLength":100},"productContent":{"description":"Stored and answered verbatim (HTML included: escaping is the client's job).","type":"string","maxLength":5000},"productKey":{"description":"Keywords, separated by \"|\".","type":"string","maxLength":255},"purchaseId":{"description":"17 digits, best sent as a string (a JSON number that long loses digits).","type":["string","integer"],"minimum":1,"allOf":[{"minLength":1},{"pattern":"^[0-9]{1,17}$","x-status":"valueType"}]}}};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="shop.fields.json" */;
validate24.errors = null;
return true;
}

export const file46 = validate66;
const schema176 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"shop.info.answer.json","title":"shop/info answer","description":"One shop (status 1 \"Empty records\" with {} when there is none).","examples":[{"shop_id":811729970,"shop_name":"码三秃的书店","shop_content":"二手教材","user_id":1180310086,"user_name":"王凌超","creat_time":"2026-11-24 10:00:00","pic_url":""}],"$ref":"answer.fields.json#/definitions/shop"};
const schema177 = {"type":"object","additionalProperties":false,"required":["shop_id","shop_name","shop_content","user_id","user_name","creat_time","pic_url"],"properties":{"shop_id":{"type":"integer"},"shop_name":{"type":"string"},"shop_content":{"type":"string"},"user_id":{"$ref":"#/definitions/userId"},"user_name":{"description":"The owner's name in the account service's users table; \"\" when it has none.","type":"string"},"creat_time":{"$ref":"#/definitions/datetime"},"pic_url":{"type":"string"}}};

function validate67(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((data.shop_id === undefined) && (missing0 = "shop_id")) || ((data.shop_name === undefined) && (missing0 = "shop_name"))) || ((data.shop_content === undefined) && (missing0 = "shop_content"))) || ((data.user_id === undefined) && (missing0 = "user_id"))) || ((data.user_name === undefined) && (missing0 = "user_name"))) || ((data.creat_time === undefined) && (missing0 = "creat_time"))) || ((data.pic_url === undefined) && (missing0 = "pic_url"))){
validate67.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema177.required,parentSchema:schema177,data}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "shop_id") || (key0 === "shop_name")) || (key0 === "shop_content")) || (key0 === "user_id")) || (key0 === "user_name")) || (key0 === "creat_time")) || (key0 === "pic_url"))){
validate67.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema177,data}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.shop_id !== undefined){
let data0 = data.shop_id;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate67.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"#/properties/shop_id/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema177.properties.shop_id.type,parentSchema:schema177.properties.shop_id,data:data0}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.shop_name !== undefined){
let data1 = data.shop_name;
const _errs4 = errors;
if(typeof data1 !== "string"){
validate67.errors = [{instancePath:instancePath+"/shop_name",schemaPath:"#/properties/shop_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema177.properties.shop_name.type,parentSchema:schema177.properties.shop_name,data:data1}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.shop_content !== undefined){
let data2 = data.shop_content;
const _errs6 = errors;
if(typeof data2 !== "string"){
validate67.errors = [{instancePath:instancePath+"/shop_content",schemaPath:"#/properties/shop_content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema177.properties.shop_content.type,parentSchema:schema177.properties.shop_content,data:data2}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user_id !== undefined){
let data3 = data.user_id;
const _errs8 = errors;
if((!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))) && (data3 !== null)){
validate67.errors = [{instancePath:instancePath+"/user_id",schemaPath:"#/definitions/userId/type",keyword:"type",params:{type: schema142.type},message:"must be integer,null",schema:schema142.type,parentSchema:schema142,data:data3}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user_name !== undefined){
let data4 = data.user_name;
const _errs11 = errors;
if(typeof data4 !== "string"){
validate67.errors = [{instancePath:instancePath+"/user_name",schemaPath:"#/properties/user_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema177.properties.user_name.type,parentSchema:schema177.properties.user_name,data:data4}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.creat_time !== undefined){
let data5 = data.creat_time;
const _errs13 = errors;
const _errs14 = errors;
if(errors === _errs14){
if(typeof data5 === "string"){
if(!pattern7.test(data5)){
validate67.errors = [{instancePath:instancePath+"/creat_time",schemaPath:"#/definitions/datetime/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$",parentSchema:schema39,data:data5}];
return false;
}
}
else {
validate67.errors = [{instancePath:instancePath+"/creat_time",schemaPath:"#/definitions/datetime/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data5}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pic_url !== undefined){
let data6 = data.pic_url;
const _errs16 = errors;
if(typeof data6 !== "string"){
validate67.errors = [{instancePath:instancePath+"/pic_url",schemaPath:"#/properties/pic_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema177.properties.pic_url.type,parentSchema:schema177.properties.pic_url,data:data6}];
return false;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate67.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema177.type,parentSchema:schema177,data}];
return false;
}
}
validate67.errors = vErrors;
return errors === 0;
}


function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="shop.info.answer.json" */;
let vErrors = null;
let errors = 0;
if(!(validate67(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
validate66.errors = vErrors;
return errors === 0;
}

export const file47 = validate69;
const schema180 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"shop.info.json","title":"shop/info data","description":"One shop, by shop_id or by its exact name (shop_id wins when both are given); -202 when neither is. Answers {shop_id, shop_name, shop_content, user_id (an integer), user_name (the owner's name, \"\" when none), creat_time, pic_url}; status 1 \"Empty records\" with {} when there is no such shop.","x-type-name":"店铺 · shops","examples":[{"shop_id":811729970}],"type":"object","x-status":"missingKey","anyOf":[{"required":["shop_id"]},{"required":["shop_name"]}],"properties":{"shop_id":{"$ref":"shop.fields.json#/definitions/shopId"},"shop_name":{"$ref":"shop.fields.json#/definitions/shopName"}}};

function validate69(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="shop.info.json" */;
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid0 = false;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.shop_id === undefined) && (missing0 = "shop_id")){
const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema180.anyOf[0].required,parentSchema:schema180.anyOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.shop_name === undefined) && (missing1 = "shop_name")){
const err1 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'",schema:schema180.anyOf[1].required,parentSchema:schema180.anyOf[1],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema180.anyOf,parentSchema:schema180,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate69.errors = vErrors;
return false;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.shop_id !== undefined){
let data0 = data.shop_id;
const _errs6 = errors;
const _errs7 = errors;
if((!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) && (typeof data0 !== "string")){
validate69.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/type",keyword:"type",params:{type: schema32.type},message:"must be integer,string",schema:schema32.type,parentSchema:schema32,data:data0}];
return false;
}
const _errs9 = errors;
if(typeof data0 === "string"){
if(func2(data0) < 1){
validate69.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/allOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.allOf[0],data:data0}];
return false;
}
}
var valid3 = _errs9 === errors;
if(valid3){
const _errs10 = errors;
if(errors === _errs10){
if(typeof data0 === "string"){
if(!pattern5.test(data0)){
validate69.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/allOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,15}$"},message:"must match pattern \""+"^[0-9]{1,15}$"+"\"",schema:"^[0-9]{1,15}$",parentSchema:schema32.allOf[1],data:data0}];
return false;
}
}
}
var valid3 = _errs10 === errors;
if(valid3){
const _errs12 = errors;
if(typeof data0 === "string"){
if(!pattern6.test(data0)){
validate69.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/allOf/2/pattern",keyword:"pattern",params:{pattern: "^0*[0-9]{1,9}$"},message:"must match pattern \""+"^0*[0-9]{1,9}$"+"\"",schema:"^0*[0-9]{1,9}$",parentSchema:schema32.allOf[2],data:data0}];
return false;
}
}
var valid3 = _errs12 === errors;
}
}
if(errors === _errs7){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 999999999 || isNaN(data0)){
validate69.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/maximum",keyword:"maximum",params:{comparison: "<=", limit: 999999999},message:"must be <= 999999999",schema:999999999,parentSchema:schema32,data:data0}];
return false;
}
else {
if(data0 < 1 || isNaN(data0)){
validate69.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema32,data:data0}];
return false;
}
}
}
}
var valid1 = _errs6 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.shop_name !== undefined){
let data1 = data.shop_name;
const _errs13 = errors;
const _errs14 = errors;
if(typeof data1 == "string" && data !== undefined){
data1 = func9(data1);
data["shop_name"] = data1;
}
if(errors === _errs14){
if(typeof data1 === "string"){
if(func2(data1) > 100){
validate69.errors = [{instancePath:instancePath+"/shop_name",schemaPath:"shop.fields.json#/definitions/shopName/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema175,data:data1}];
return false;
}
else {
if(func2(data1) < 1){
validate69.errors = [{instancePath:instancePath+"/shop_name",schemaPath:"shop.fields.json#/definitions/shopName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema175,data:data1}];
return false;
}
}
}
else {
validate69.errors = [{instancePath:instancePath+"/shop_name",schemaPath:"shop.fields.json#/definitions/shopName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema175.type,parentSchema:schema175,data:data1}];
return false;
}
}
var valid1 = _errs13 === errors;
}
else {
var valid1 = true;
}
}
}
else {
validate69.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema180.type,parentSchema:schema180,data}];
return false;
}
}
validate69.errors = vErrors;
return errors === 0;
}

export const file48 = validate70;
const schema183 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"shop.list.answer.json","title":"shop/list answer","description":"A page of shops (status 1 \"Empty records\" with [] when there are none).","examples":[[{"shop_id":811729970,"shop_name":"码三秃的书店","shop_content":"二手教材","user_id":1180310086,"user_name":"王凌超","creat_time":"2026-11-24 10:00:00","pic_url":""}]],"type":"array","items":{"$ref":"answer.fields.json#/definitions/shop"}};

function validate71(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((data.shop_id === undefined) && (missing0 = "shop_id")) || ((data.shop_name === undefined) && (missing0 = "shop_name"))) || ((data.shop_content === undefined) && (missing0 = "shop_content"))) || ((data.user_id === undefined) && (missing0 = "user_id"))) || ((data.user_name === undefined) && (missing0 = "user_name"))) || ((data.creat_time === undefined) && (missing0 = "creat_time"))) || ((data.pic_url === undefined) && (missing0 = "pic_url"))){
validate71.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema177.required,parentSchema:schema177,data}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "shop_id") || (key0 === "shop_name")) || (key0 === "shop_content")) || (key0 === "user_id")) || (key0 === "user_name")) || (key0 === "creat_time")) || (key0 === "pic_url"))){
validate71.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema177,data}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.shop_id !== undefined){
let data0 = data.shop_id;
const _errs2 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
validate71.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"#/properties/shop_id/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema177.properties.shop_id.type,parentSchema:schema177.properties.shop_id,data:data0}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.shop_name !== undefined){
let data1 = data.shop_name;
const _errs4 = errors;
if(typeof data1 !== "string"){
validate71.errors = [{instancePath:instancePath+"/shop_name",schemaPath:"#/properties/shop_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema177.properties.shop_name.type,parentSchema:schema177.properties.shop_name,data:data1}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.shop_content !== undefined){
let data2 = data.shop_content;
const _errs6 = errors;
if(typeof data2 !== "string"){
validate71.errors = [{instancePath:instancePath+"/shop_content",schemaPath:"#/properties/shop_content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema177.properties.shop_content.type,parentSchema:schema177.properties.shop_content,data:data2}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user_id !== undefined){
let data3 = data.user_id;
const _errs8 = errors;
if((!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))) && (data3 !== null)){
validate71.errors = [{instancePath:instancePath+"/user_id",schemaPath:"#/definitions/userId/type",keyword:"type",params:{type: schema142.type},message:"must be integer,null",schema:schema142.type,parentSchema:schema142,data:data3}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user_name !== undefined){
let data4 = data.user_name;
const _errs11 = errors;
if(typeof data4 !== "string"){
validate71.errors = [{instancePath:instancePath+"/user_name",schemaPath:"#/properties/user_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema177.properties.user_name.type,parentSchema:schema177.properties.user_name,data:data4}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.creat_time !== undefined){
let data5 = data.creat_time;
const _errs13 = errors;
const _errs14 = errors;
if(errors === _errs14){
if(typeof data5 === "string"){
if(!pattern7.test(data5)){
validate71.errors = [{instancePath:instancePath+"/creat_time",schemaPath:"#/definitions/datetime/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$",parentSchema:schema39,data:data5}];
return false;
}
}
else {
validate71.errors = [{instancePath:instancePath+"/creat_time",schemaPath:"#/definitions/datetime/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data5}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pic_url !== undefined){
let data6 = data.pic_url;
const _errs16 = errors;
if(typeof data6 !== "string"){
validate71.errors = [{instancePath:instancePath+"/pic_url",schemaPath:"#/properties/pic_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema177.properties.pic_url.type,parentSchema:schema177.properties.pic_url,data:data6}];
return false;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate71.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema177.type,parentSchema:schema177,data}];
return false;
}
}
validate71.errors = vErrors;
return errors === 0;
}


function validate70(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="shop.list.answer.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(Array.isArray(data)){
var valid0 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
const _errs1 = errors;
if(!(validate71(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
}
else {
validate70.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema183.type,parentSchema:schema183,data}];
return false;
}
}
validate70.errors = vErrors;
return errors === 0;
}

export const file49 = validate73;
const schema187 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"shop.list.json","title":"shop/list data","description":"Lists shops: mode 0 (default) every shop whose name contains shop_name (case-insensitive; empty: all), in `order`; mode 1 the caller's own shops (shop_name and order ignored). Answers an array of {shop_id, shop_name, shop_content, user_id (an integer), user_name (the owner's name in the account service's users table, \"\" when it has none), creat_time, pic_url}; status 1 \"Empty records\" with [] when there are none.","x-type-name":"店铺 · shops","examples":[{"shop_name":"书","order":"creat_time DESC","limit":20}],"type":"object","properties":{"shop_name":{"description":"A fragment of the name; % and _ match themselves.","type":"string","maxLength":100},"order":{"$ref":"shop.fields.json#/definitions/order"},"mode":{"type":["integer","string"],"enum":[0,1,"0","1"]},"limit":{"$ref":"shop.fields.json#/definitions/limit"},"offset":{"$ref":"shop.fields.json#/definitions/offset"}}};

function validate73(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="shop.list.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.shop_name !== undefined){
let data0 = data.shop_name;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func2(data0) > 100){
validate73.errors = [{instancePath:instancePath+"/shop_name",schemaPath:"#/properties/shop_name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema187.properties.shop_name,data:data0}];
return false;
}
}
else {
validate73.errors = [{instancePath:instancePath+"/shop_name",schemaPath:"#/properties/shop_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema187.properties.shop_name.type,parentSchema:schema187.properties.shop_name,data:data0}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.order !== undefined){
let data1 = data.order;
const _errs4 = errors;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data1 === "string"){
if(func2(data1) > 500){
validate73.errors = [{instancePath:instancePath+"/order",schemaPath:"shop.fields.json#/definitions/order/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema50,data:data1}];
return false;
}
}
else {
validate73.errors = [{instancePath:instancePath+"/order",schemaPath:"shop.fields.json#/definitions/order/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.type,parentSchema:schema50,data:data1}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.mode !== undefined){
let data2 = data.mode;
const _errs7 = errors;
if((!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))) && (typeof data2 !== "string")){
validate73.errors = [{instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/type",keyword:"type",params:{type: schema187.properties.mode.type},message:"must be integer,string",schema:schema187.properties.mode.type,parentSchema:schema187.properties.mode,data:data2}];
return false;
}
if(!((((data2 === 0) || (data2 === 1)) || (data2 === "0")) || (data2 === "1"))){
validate73.errors = [{instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/enum",keyword:"enum",params:{allowedValues: schema187.properties.mode.enum},message:"must be equal to one of the allowed values",schema:schema187.properties.mode.enum,parentSchema:schema187.properties.mode,data:data2}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.limit !== undefined){
let data3 = data.limit;
const _errs9 = errors;
const _errs10 = errors;
if((!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))) && (typeof data3 !== "string")){
validate73.errors = [{instancePath:instancePath+"/limit",schemaPath:"shop.fields.json#/definitions/limit/type",keyword:"type",params:{type: schema51.type},message:"must be integer,string",schema:schema51.type,parentSchema:schema51,data:data3}];
return false;
}
if(errors === _errs10){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 200 || isNaN(data3)){
validate73.errors = [{instancePath:instancePath+"/limit",schemaPath:"shop.fields.json#/definitions/limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 200},message:"must be <= 200",schema:200,parentSchema:schema51,data:data3}];
return false;
}
else {
if(data3 < 1 || isNaN(data3)){
validate73.errors = [{instancePath:instancePath+"/limit",schemaPath:"shop.fields.json#/definitions/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema51,data:data3}];
return false;
}
}
}
if(errors === _errs10){
if(typeof data3 === "string"){
if(!pattern15.test(data3)){
validate73.errors = [{instancePath:instancePath+"/limit",schemaPath:"shop.fields.json#/definitions/limit/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,3}$"},message:"must match pattern \""+"^[0-9]{1,3}$"+"\"",schema:"^[0-9]{1,3}$",parentSchema:schema51,data:data3}];
return false;
}
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.offset !== undefined){
let data4 = data.offset;
const _errs13 = errors;
const _errs14 = errors;
if((!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))) && (typeof data4 !== "string")){
validate73.errors = [{instancePath:instancePath+"/offset",schemaPath:"shop.fields.json#/definitions/offset/type",keyword:"type",params:{type: schema52.type},message:"must be integer,string",schema:schema52.type,parentSchema:schema52,data:data4}];
return false;
}
if(errors === _errs14){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 1000000000 || isNaN(data4)){
validate73.errors = [{instancePath:instancePath+"/offset",schemaPath:"shop.fields.json#/definitions/offset/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000},message:"must be <= 1000000000",schema:1000000000,parentSchema:schema52,data:data4}];
return false;
}
else {
if(data4 < 0 || isNaN(data4)){
validate73.errors = [{instancePath:instancePath+"/offset",schemaPath:"shop.fields.json#/definitions/offset/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema52,data:data4}];
return false;
}
}
}
if(errors === _errs14){
if(typeof data4 === "string"){
if(!pattern16.test(data4)){
validate73.errors = [{instancePath:instancePath+"/offset",schemaPath:"shop.fields.json#/definitions/offset/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,10}$"},message:"must match pattern \""+"^[0-9]{1,10}$"+"\"",schema:"^[0-9]{1,10}$",parentSchema:schema52,data:data4}];
return false;
}
}
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate73.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema187.type,parentSchema:schema187,data}];
return false;
}
}
validate73.errors = vErrors;
return errors === 0;
}

export const file50 = validate74;
const schema191 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"shop.update.answer.json","title":"shop/update answer","description":"Nothing: {}.","examples":[{}],"$ref":"answer.fields.json#/definitions/nothing"};

function validate74(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="shop.update.answer.json" */;
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(errors === _errs0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 0){
validate74.errors = [{instancePath,schemaPath:"answer.fields.json#/definitions/nothing/maxProperties",keyword:"maxProperties",params:{limit: 0},message:"must NOT have more than 0 properties",schema:0,parentSchema:schema18,data}];
return false;
}
else {
for(const key0 in data){
validate74.errors = [{instancePath,schemaPath:"answer.fields.json#/definitions/nothing/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema18,data}];
return false;
break;
}
}
}
else {
validate74.errors = [{instancePath,schemaPath:"answer.fields.json#/definitions/nothing/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema18.type,parentSchema:schema18,data}];
return false;
}
}
validate74.errors = vErrors;
return errors === 0;
}

export const file51 = validate75;
const schema193 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"shop.update.json","title":"shop/update data","description":"Changes a shop's content and/or picture (one of them is required: -202). Answers {}. 100 \"No right to update\" when the caller does not own the shop; -204 when there is no such shop.","x-type-name":"店铺 · shops","examples":[{"shop_id":811729970,"shop_content":"二手教材与文具","pic_url":""}],"type":"object","required":["shop_id"],"x-status":"missingKey","anyOf":[{"required":["shop_content"]},{"required":["pic_url"]}],"properties":{"shop_id":{"$ref":"shop.fields.json#/definitions/shopId"},"shop_content":{"type":"string","maxLength":10000},"pic_url":{"$ref":"shop.fields.json#/definitions/picUrl"}}};

function validate75(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="shop.update.json" */;
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid0 = false;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.shop_content === undefined) && (missing0 = "shop_content")){
const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema193.anyOf[0].required,parentSchema:schema193.anyOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.pic_url === undefined) && (missing1 = "pic_url")){
const err1 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'",schema:schema193.anyOf[1].required,parentSchema:schema193.anyOf[1],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema193.anyOf,parentSchema:schema193,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate75.errors = vErrors;
return false;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.shop_id === undefined) && (missing2 = "shop_id")){
validate75.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'",schema:schema193.required,parentSchema:schema193,data}];
return false;
}
else {
if(data.shop_id !== undefined){
let data0 = data.shop_id;
const _errs6 = errors;
const _errs7 = errors;
if((!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) && (typeof data0 !== "string")){
validate75.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/type",keyword:"type",params:{type: schema32.type},message:"must be integer,string",schema:schema32.type,parentSchema:schema32,data:data0}];
return false;
}
const _errs9 = errors;
if(typeof data0 === "string"){
if(func2(data0) < 1){
validate75.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/allOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32.allOf[0],data:data0}];
return false;
}
}
var valid3 = _errs9 === errors;
if(valid3){
const _errs10 = errors;
if(errors === _errs10){
if(typeof data0 === "string"){
if(!pattern5.test(data0)){
validate75.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/allOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,15}$"},message:"must match pattern \""+"^[0-9]{1,15}$"+"\"",schema:"^[0-9]{1,15}$",parentSchema:schema32.allOf[1],data:data0}];
return false;
}
}
}
var valid3 = _errs10 === errors;
if(valid3){
const _errs12 = errors;
if(typeof data0 === "string"){
if(!pattern6.test(data0)){
validate75.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/allOf/2/pattern",keyword:"pattern",params:{pattern: "^0*[0-9]{1,9}$"},message:"must match pattern \""+"^0*[0-9]{1,9}$"+"\"",schema:"^0*[0-9]{1,9}$",parentSchema:schema32.allOf[2],data:data0}];
return false;
}
}
var valid3 = _errs12 === errors;
}
}
if(errors === _errs7){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 999999999 || isNaN(data0)){
validate75.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/maximum",keyword:"maximum",params:{comparison: "<=", limit: 999999999},message:"must be <= 999999999",schema:999999999,parentSchema:schema32,data:data0}];
return false;
}
else {
if(data0 < 1 || isNaN(data0)){
validate75.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema32,data:data0}];
return false;
}
}
}
}
var valid1 = _errs6 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.shop_content !== undefined){
let data1 = data.shop_content;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data1 === "string"){
if(func2(data1) > 10000){
validate75.errors = [{instancePath:instancePath+"/shop_content",schemaPath:"#/properties/shop_content/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters",schema:10000,parentSchema:schema193.properties.shop_content,data:data1}];
return false;
}
}
else {
validate75.errors = [{instancePath:instancePath+"/shop_content",schemaPath:"#/properties/shop_content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema193.properties.shop_content.type,parentSchema:schema193.properties.shop_content,data:data1}];
return false;
}
}
var valid1 = _errs13 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.pic_url !== undefined){
let data2 = data.pic_url;
const _errs15 = errors;
const _errs16 = errors;
if(errors === _errs16){
if(typeof data2 === "string"){
if(func2(data2) > 512){
validate75.errors = [{instancePath:instancePath+"/pic_url",schemaPath:"shop.fields.json#/definitions/picUrl/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters",schema:512,parentSchema:schema35,data:data2}];
return false;
}
}
else {
validate75.errors = [{instancePath:instancePath+"/pic_url",schemaPath:"shop.fields.json#/definitions/picUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data2}];
return false;
}
}
var valid1 = _errs15 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
else {
validate75.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema193.type,parentSchema:schema193,data}];
return false;
}
}
validate75.errors = vErrors;
return errors === 0;
}

export const file52 = validate76;
const schema196 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"sms.generate.answer.json","title":"sms/generate answer","description":"The rand of the SMS hash: md5(code + rand).","examples":[{"rand":"q8ZkP2aT"}],"type":"object","additionalProperties":false,"required":["rand"],"properties":{"rand":{"type":"string","minLength":5}}};

function validate76(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="sms.generate.answer.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.rand === undefined) && (missing0 = "rand")){
validate76.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema196.required,parentSchema:schema196,data}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "rand")){
validate76.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema196,data}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.rand !== undefined){
let data0 = data.rand;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func2(data0) < 5){
validate76.errors = [{instancePath:instancePath+"/rand",schemaPath:"#/properties/rand/minLength",keyword:"minLength",params:{limit: 5},message:"must NOT have fewer than 5 characters",schema:5,parentSchema:schema196.properties.rand,data:data0}];
return false;
}
}
else {
validate76.errors = [{instancePath:instancePath+"/rand",schemaPath:"#/properties/rand/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema196.properties.rand.type,parentSchema:schema196.properties.rand,data:data0}];
return false;
}
}
}
}
}
}
else {
validate76.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema196.type,parentSchema:schema196,data}];
return false;
}
}
validate76.errors = vErrors;
return errors === 0;
}

export const file53 = validate77;
const schema197 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"sms.generate.json","title":"sms/generate data","description":"Sends a verification code by SMS after an image captcha is solved. Answers {rand}; the SMS hash is md5(code + rand), valid 3 minutes. 1016 bad phone; 1023/1024/1025 per-phone limits; -405 per-client limit; -4 image-captcha hash wrong, used or expired.","x-type-name":"短信验证码 · SMS code","examples":[{"phone":"13800138000","hash":"b86d156abfbdb6723be6589079173ce1"}],"type":"object","required":["phone","hash"],"additionalProperties":false,"properties":{"phone":{"description":"A mainland China mobile number as text, optionally prefixed by +86 or 86.","type":"string","pattern":"^(\\+?86)?1[3-9][0-9]{9}$","x-status":"smsPhoneFormat"},"hash":{"description":"md5(lowercase(image code) + image rand).","type":"string","maxLength":64,"x-status":"hash"}}};
const pattern66 = new RegExp("^(\\+?86)?1[3-9][0-9]{9}$", "u");

function validate77(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="sms.generate.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.phone === undefined) && (missing0 = "phone")) || ((data.hash === undefined) && (missing0 = "hash"))){
validate77.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema197.required,parentSchema:schema197,data}];
return false;
}
else {
const _errs2 = errors;
for(const key0 in data){
if(!((key0 === "phone") || (key0 === "hash"))){
validate77.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema197,data}];
return false;
break;
}
}
if(_errs2 === errors){
if(data.phone !== undefined){
let data0 = data.phone;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(!pattern66.test(data0)){
validate77.errors = [{instancePath:instancePath+"/phone",schemaPath:"#/properties/phone/pattern",keyword:"pattern",params:{pattern: "^(\\+?86)?1[3-9][0-9]{9}$"},message:"must match pattern \""+"^(\\+?86)?1[3-9][0-9]{9}$"+"\"",schema:"^(\\+?86)?1[3-9][0-9]{9}$",parentSchema:schema197.properties.phone,data:data0}];
return false;
}
}
else {
validate77.errors = [{instancePath:instancePath+"/phone",schemaPath:"#/properties/phone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema197.properties.phone.type,parentSchema:schema197.properties.phone,data:data0}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.hash !== undefined){
let data1 = data.hash;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data1 === "string"){
if(func2(data1) > 64){
validate77.errors = [{instancePath:instancePath+"/hash",schemaPath:"#/properties/hash/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema197.properties.hash,data:data1}];
return false;
}
}
else {
validate77.errors = [{instancePath:instancePath+"/hash",schemaPath:"#/properties/hash/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema197.properties.hash.type,parentSchema:schema197.properties.hash,data:data1}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate77.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema197.type,parentSchema:schema197,data}];
return false;
}
}
validate77.errors = vErrors;
return errors === 0;
}

export const file54 = validate78;
const schema198 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"sms.validate.answer.json","title":"sms/validate answer","description":"Nothing: {}.","examples":[{}],"$ref":"answer.fields.json#/definitions/nothing"};

function validate78(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="sms.validate.answer.json" */;
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(errors === _errs0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 0){
validate78.errors = [{instancePath,schemaPath:"answer.fields.json#/definitions/nothing/maxProperties",keyword:"maxProperties",params:{limit: 0},message:"must NOT have more than 0 properties",schema:0,parentSchema:schema18,data}];
return false;
}
else {
for(const key0 in data){
validate78.errors = [{instancePath,schemaPath:"answer.fields.json#/definitions/nothing/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema18,data}];
return false;
break;
}
}
}
else {
validate78.errors = [{instancePath,schemaPath:"answer.fields.json#/definitions/nothing/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema18.type,parentSchema:schema18,data}];
return false;
}
}
validate78.errors = vErrors;
return errors === 0;
}

export const file55 = validate79;
const schema200 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"sms.validate.json","title":"sms/validate data","description":"Consumes an SMS hash: 0 the first time (and only for its phone, when phone is given); -4 when it is wrong, used, expired or another phone's.","x-type-name":"短信验证码 · SMS code","examples":[{"hash":"5f2c8e1a9b3d4c6e7f8091a2b3c4d5e6","phone":"13800138000"}],"type":"object","required":["hash"],"additionalProperties":false,"properties":{"hash":{"type":"string","maxLength":64,"x-status":"hash"},"phone":{"type":"string","pattern":"^(\\+?86)?1[3-9][0-9]{9}$","x-status":"hash"}}};

function validate79(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="sms.validate.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.hash === undefined) && (missing0 = "hash")){
validate79.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema200.required,parentSchema:schema200,data}];
return false;
}
else {
const _errs2 = errors;
for(const key0 in data){
if(!((key0 === "hash") || (key0 === "phone"))){
validate79.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema200,data}];
return false;
break;
}
}
if(_errs2 === errors){
if(data.hash !== undefined){
let data0 = data.hash;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(func2(data0) > 64){
validate79.errors = [{instancePath:instancePath+"/hash",schemaPath:"#/properties/hash/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema200.properties.hash,data:data0}];
return false;
}
}
else {
validate79.errors = [{instancePath:instancePath+"/hash",schemaPath:"#/properties/hash/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema200.properties.hash.type,parentSchema:schema200.properties.hash,data:data0}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.phone !== undefined){
let data1 = data.phone;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data1 === "string"){
if(!pattern66.test(data1)){
validate79.errors = [{instancePath:instancePath+"/phone",schemaPath:"#/properties/phone/pattern",keyword:"pattern",params:{pattern: "^(\\+?86)?1[3-9][0-9]{9}$"},message:"must match pattern \""+"^(\\+?86)?1[3-9][0-9]{9}$"+"\"",schema:"^(\\+?86)?1[3-9][0-9]{9}$",parentSchema:schema200.properties.phone,data:data1}];
return false;
}
}
else {
validate79.errors = [{instancePath:instancePath+"/phone",schemaPath:"#/properties/phone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema200.properties.phone.type,parentSchema:schema200.properties.phone,data:data1}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate79.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema200.type,parentSchema:schema200,data}];
return false;
}
}
validate79.errors = vErrors;
return errors === 0;
}

export const file56 = validate80;
const schema201 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"wallet.info.answer.json","title":"wallet/info answer","description":"The caller's balance and a page of its ledger, newest first, with the money held for the caller's purchases and sales.","examples":[{"balance":60.2,"ledger":[{"time":"2026-11-24 10:05:00","kind":"pay","amount":-39.8,"purchase_id":"17639460004517733"},{"time":"2026-11-24 09:00:00","kind":"credit","amount":100,"purchase_id":null}],"num":2,"held_out":39.8,"held_in":0}],"type":"object","additionalProperties":false,"required":["balance","ledger","num","held_out","held_in"],"properties":{"balance":{"$ref":"answer.fields.json#/definitions/yuan"},"ledger":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["time","kind","amount","purchase_id"],"properties":{"time":{"$ref":"answer.fields.json#/definitions/datetime"},"kind":{"type":"string","enum":["credit","pay","income","release","refund","adjust"],"description":"credit: money put in (npm run wallet); pay, income, release, refund: a purchase's; adjust: an operator's correction (npm run wallet -- --debit)."},"amount":{"description":"Signed yuan: negative for a payment.","type":"number"},"purchase_id":{"description":"null for a credit.","oneOf":[{"$ref":"answer.fields.json#/definitions/purchaseId"},{"type":"null"}]}}}},"num":{"type":"integer","minimum":0},"held_out":{"description":"Money the caller paid that is held or disputed: out of the balance, not yet the seller's.","$ref":"answer.fields.json#/definitions/yuan"},"held_in":{"description":"Money held or disputed for the caller as a seller: paid by buyers, not yet in the balance.","$ref":"answer.fields.json#/definitions/yuan"}}};

function validate80(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="wallet.info.answer.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.balance === undefined) && (missing0 = "balance")) || ((data.ledger === undefined) && (missing0 = "ledger"))) || ((data.num === undefined) && (missing0 = "num"))) || ((data.held_out === undefined) && (missing0 = "held_out"))) || ((data.held_in === undefined) && (missing0 = "held_in"))){
validate80.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema201.required,parentSchema:schema201,data}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "balance") || (key0 === "ledger")) || (key0 === "num")) || (key0 === "held_out")) || (key0 === "held_in"))){
validate80.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema201,data}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.balance !== undefined){
let data0 = data.balance;
const _errs2 = errors;
if(!((typeof data0 == "number") && (isFinite(data0)))){
validate80.errors = [{instancePath:instancePath+"/balance",schemaPath:"answer.fields.json#/definitions/yuan/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema38.type,parentSchema:schema38,data:data0}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ledger !== undefined){
let data1 = data.ledger;
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data1)){
var valid2 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs7 = errors;
if(errors === _errs7){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if(((((data2.time === undefined) && (missing1 = "time")) || ((data2.kind === undefined) && (missing1 = "kind"))) || ((data2.amount === undefined) && (missing1 = "amount"))) || ((data2.purchase_id === undefined) && (missing1 = "purchase_id"))){
validate80.errors = [{instancePath:instancePath+"/ledger/" + i0,schemaPath:"#/properties/ledger/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'",schema:schema201.properties.ledger.items.required,parentSchema:schema201.properties.ledger.items,data:data2}];
return false;
}
else {
const _errs9 = errors;
for(const key1 in data2){
if(!((((key1 === "time") || (key1 === "kind")) || (key1 === "amount")) || (key1 === "purchase_id"))){
validate80.errors = [{instancePath:instancePath+"/ledger/" + i0,schemaPath:"#/properties/ledger/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema201.properties.ledger.items,data:data2}];
return false;
break;
}
}
if(_errs9 === errors){
if(data2.time !== undefined){
let data3 = data2.time;
const _errs10 = errors;
const _errs11 = errors;
if(errors === _errs11){
if(typeof data3 === "string"){
if(!pattern7.test(data3)){
validate80.errors = [{instancePath:instancePath+"/ledger/" + i0+"/time",schemaPath:"answer.fields.json#/definitions/datetime/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$",parentSchema:schema39,data:data3}];
return false;
}
}
else {
validate80.errors = [{instancePath:instancePath+"/ledger/" + i0+"/time",schemaPath:"answer.fields.json#/definitions/datetime/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data3}];
return false;
}
}
var valid3 = _errs10 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.kind !== undefined){
let data4 = data2.kind;
const _errs13 = errors;
if(typeof data4 !== "string"){
validate80.errors = [{instancePath:instancePath+"/ledger/" + i0+"/kind",schemaPath:"#/properties/ledger/items/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema201.properties.ledger.items.properties.kind.type,parentSchema:schema201.properties.ledger.items.properties.kind,data:data4}];
return false;
}
if(!((((((data4 === "credit") || (data4 === "pay")) || (data4 === "income")) || (data4 === "release")) || (data4 === "refund")) || (data4 === "adjust"))){
validate80.errors = [{instancePath:instancePath+"/ledger/" + i0+"/kind",schemaPath:"#/properties/ledger/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema201.properties.ledger.items.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema201.properties.ledger.items.properties.kind.enum,parentSchema:schema201.properties.ledger.items.properties.kind,data:data4}];
return false;
}
var valid3 = _errs13 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.amount !== undefined){
let data5 = data2.amount;
const _errs15 = errors;
if(!((typeof data5 == "number") && (isFinite(data5)))){
validate80.errors = [{instancePath:instancePath+"/ledger/" + i0+"/amount",schemaPath:"#/properties/ledger/items/properties/amount/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema201.properties.ledger.items.properties.amount.type,parentSchema:schema201.properties.ledger.items.properties.amount,data:data5}];
return false;
}
var valid3 = _errs15 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.purchase_id !== undefined){
let data6 = data2.purchase_id;
const _errs17 = errors;
const _errs18 = errors;
let valid5 = false;
let passing0 = null;
const _errs19 = errors;
const _errs20 = errors;
if(errors === _errs20){
if(typeof data6 === "string"){
if(!pattern36.test(data6)){
const err0 = {instancePath:instancePath+"/ledger/" + i0+"/purchase_id",schemaPath:"answer.fields.json#/definitions/purchaseId/pattern",keyword:"pattern",params:{pattern: "^[0-9]{17}$"},message:"must match pattern \""+"^[0-9]{17}$"+"\"",schema:"^[0-9]{17}$",parentSchema:schema122,data:data6};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath:instancePath+"/ledger/" + i0+"/purchase_id",schemaPath:"answer.fields.json#/definitions/purchaseId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema122.type,parentSchema:schema122,data:data6};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs19 === errors;
if(_valid0){
valid5 = true;
passing0 = 0;
}
const _errs22 = errors;
if(data6 !== null){
const err2 = {instancePath:instancePath+"/ledger/" + i0+"/purchase_id",schemaPath:"#/properties/ledger/items/properties/purchase_id/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema201.properties.ledger.items.properties.purchase_id.oneOf[1].type,parentSchema:schema201.properties.ledger.items.properties.purchase_id.oneOf[1],data:data6};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs22 === errors;
if(_valid0 && valid5){
valid5 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid5 = true;
passing0 = 1;
}
}
if(!valid5){
const err3 = {instancePath:instancePath+"/ledger/" + i0+"/purchase_id",schemaPath:"#/properties/ledger/items/properties/purchase_id/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema201.properties.ledger.items.properties.purchase_id.oneOf,parentSchema:schema201.properties.ledger.items.properties.purchase_id,data:data6};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
validate80.errors = vErrors;
return false;
}
else {
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
}
var valid3 = _errs17 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
}
}
else {
validate80.errors = [{instancePath:instancePath+"/ledger/" + i0,schemaPath:"#/properties/ledger/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema201.properties.ledger.items.type,parentSchema:schema201.properties.ledger.items,data:data2}];
return false;
}
}
var valid2 = _errs7 === errors;
if(!valid2){
break;
}
}
}
else {
validate80.errors = [{instancePath:instancePath+"/ledger",schemaPath:"#/properties/ledger/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema201.properties.ledger.type,parentSchema:schema201.properties.ledger,data:data1}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.num !== undefined){
let data7 = data.num;
const _errs24 = errors;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
validate80.errors = [{instancePath:instancePath+"/num",schemaPath:"#/properties/num/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema201.properties.num.type,parentSchema:schema201.properties.num,data:data7}];
return false;
}
if(errors === _errs24){
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
validate80.errors = [{instancePath:instancePath+"/num",schemaPath:"#/properties/num/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema201.properties.num,data:data7}];
return false;
}
}
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.held_out !== undefined){
let data8 = data.held_out;
const _errs26 = errors;
if(!((typeof data8 == "number") && (isFinite(data8)))){
validate80.errors = [{instancePath:instancePath+"/held_out",schemaPath:"answer.fields.json#/definitions/yuan/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema38.type,parentSchema:schema38,data:data8}];
return false;
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.held_in !== undefined){
let data9 = data.held_in;
const _errs29 = errors;
if(!((typeof data9 == "number") && (isFinite(data9)))){
validate80.errors = [{instancePath:instancePath+"/held_in",schemaPath:"answer.fields.json#/definitions/yuan/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema38.type,parentSchema:schema38,data:data9}];
return false;
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate80.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema201.type,parentSchema:schema201,data}];
return false;
}
}
validate80.errors = vErrors;
return errors === 0;
}

export const file57 = validate81;
const schema207 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"wallet.info.json","title":"wallet/info data","description":"The caller's own wallet: {balance, ledger, num}. balance is yuan (a JSON number); ledger is a page of the wallet's changes, newest first: {time, kind (credit, pay or income), amount (signed yuan), purchase_id (null for a credit)}; num is the rows of this page. A user without a wallet has balance 0 and an empty ledger (status 0).","x-type-name":"钱包 · wallets","examples":[{"limit":2}],"type":"object","properties":{"limit":{"$ref":"shop.fields.json#/definitions/limit"},"offset":{"$ref":"shop.fields.json#/definitions/offset"}}};

function validate81(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="wallet.info.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.limit !== undefined){
let data0 = data.limit;
const _errs2 = errors;
const _errs3 = errors;
if((!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) && (typeof data0 !== "string")){
validate81.errors = [{instancePath:instancePath+"/limit",schemaPath:"shop.fields.json#/definitions/limit/type",keyword:"type",params:{type: schema51.type},message:"must be integer,string",schema:schema51.type,parentSchema:schema51,data:data0}];
return false;
}
if(errors === _errs3){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 200 || isNaN(data0)){
validate81.errors = [{instancePath:instancePath+"/limit",schemaPath:"shop.fields.json#/definitions/limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 200},message:"must be <= 200",schema:200,parentSchema:schema51,data:data0}];
return false;
}
else {
if(data0 < 1 || isNaN(data0)){
validate81.errors = [{instancePath:instancePath+"/limit",schemaPath:"shop.fields.json#/definitions/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema51,data:data0}];
return false;
}
}
}
if(errors === _errs3){
if(typeof data0 === "string"){
if(!pattern15.test(data0)){
validate81.errors = [{instancePath:instancePath+"/limit",schemaPath:"shop.fields.json#/definitions/limit/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,3}$"},message:"must match pattern \""+"^[0-9]{1,3}$"+"\"",schema:"^[0-9]{1,3}$",parentSchema:schema51,data:data0}];
return false;
}
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.offset !== undefined){
let data1 = data.offset;
const _errs6 = errors;
const _errs7 = errors;
if((!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))) && (typeof data1 !== "string")){
validate81.errors = [{instancePath:instancePath+"/offset",schemaPath:"shop.fields.json#/definitions/offset/type",keyword:"type",params:{type: schema52.type},message:"must be integer,string",schema:schema52.type,parentSchema:schema52,data:data1}];
return false;
}
if(errors === _errs7){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 1000000000 || isNaN(data1)){
validate81.errors = [{instancePath:instancePath+"/offset",schemaPath:"shop.fields.json#/definitions/offset/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000},message:"must be <= 1000000000",schema:1000000000,parentSchema:schema52,data:data1}];
return false;
}
else {
if(data1 < 0 || isNaN(data1)){
validate81.errors = [{instancePath:instancePath+"/offset",schemaPath:"shop.fields.json#/definitions/offset/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema52,data:data1}];
return false;
}
}
}
if(errors === _errs7){
if(typeof data1 === "string"){
if(!pattern16.test(data1)){
validate81.errors = [{instancePath:instancePath+"/offset",schemaPath:"shop.fields.json#/definitions/offset/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,10}$"},message:"must match pattern \""+"^[0-9]{1,10}$"+"\"",schema:"^[0-9]{1,10}$",parentSchema:schema52,data:data1}];
return false;
}
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
else {
validate81.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema207.type,parentSchema:schema207,data}];
return false;
}
}
validate81.errors = vErrors;
return errors === 0;
}

export const validators = {
  "answer.fields.json": file0,
  "envelope.json": file1,
  "img.generate.answer.json": file2,
  "img.generate.json": file3,
  "img.validate.answer.json": file4,
  "img.validate.json": file5,
  "pic.upload.answer.json": file6,
  "pic.upload.json": file7,
  "portrait.upload.answer.json": file8,
  "portrait.upload.json": file9,
  "product.creat.answer.json": file10,
  "product.creat.json": file11,
  "product.info.answer.json": file12,
  "product.info.json": file13,
  "product.list.answer.json": file14,
  "product.list.json": file15,
  "product.update.answer.json": file16,
  "product.update.json": file17,
  "property.add.answer.json": file18,
  "property.add.json": file19,
  "property.delete.answer.json": file20,
  "property.delete.json": file21,
  "property.fields.json": file22,
  "property.query.answer.json": file23,
  "property.query.json": file24,
  "property.update.answer.json": file25,
  "property.update.json": file26,
  "purchase.apply.answer.json": file27,
  "purchase.apply.json": file28,
  "purchase.cancel.answer.json": file29,
  "purchase.cancel.json": file30,
  "purchase.confirm.answer.json": file31,
  "purchase.confirm.json": file32,
  "purchase.dispute.answer.json": file33,
  "purchase.dispute.json": file34,
  "purchase.info.answer.json": file35,
  "purchase.info.json": file36,
  "purchase.list.answer.json": file37,
  "purchase.list.json": file38,
  "purchase.pay.answer.json": file39,
  "purchase.pay.json": file40,
  "purchase.refund.answer.json": file41,
  "purchase.refund.json": file42,
  "shop.creat.answer.json": file43,
  "shop.creat.json": file44,
  "shop.fields.json": file45,
  "shop.info.answer.json": file46,
  "shop.info.json": file47,
  "shop.list.answer.json": file48,
  "shop.list.json": file49,
  "shop.update.answer.json": file50,
  "shop.update.json": file51,
  "sms.generate.answer.json": file52,
  "sms.generate.json": file53,
  "sms.validate.answer.json": file54,
  "sms.validate.json": file55,
  "wallet.info.answer.json": file56,
  "wallet.info.json": file57,
};
export const schemaFilesDigest = "ff87fdade917a1a62b2f4641538694ab90c6e1a2f526a79ef20aacd4c30e69a8";
