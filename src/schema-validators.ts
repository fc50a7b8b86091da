// Generated from schemas/*.json by `npm run schema-types`: do not edit by hand.
/* eslint-disable */
// @ts-nocheck
import { schemaFormats } from './schema-formats.js';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);

export const file0 = validate12;
const schema13 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"envelope.json","title":"Request envelope","description":"Every POST carries one. A missing type, subtype or data answers -1; a value of the wrong kind, or an unknown (type, subtype), answers -2. status is ignored on requests.","type":"object","required":["type","subtype","data"],"properties":{"id":{"description":"Echoed back: an integer as is, a string of digits as that integer, anything else as -1.","type":["integer","string"]},"status":{"description":"Send 0.","type":"integer"},"type":{"type":"string"},"subtype":{"type":"string"},"data":{"type":"object"}}};

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="envelope.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.type === undefined) && (missing0 = "type")) || ((data.subtype === undefined) && (missing0 = "subtype"))) || ((data.data === undefined) && (missing0 = "data"))){
validate12.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema13.required,parentSchema:schema13,data}];
return false;
}
else {
if(data.id !== undefined){
let data0 = data.id;
const _errs1 = errors;
if((!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) && (typeof data0 !== "string")){
validate12.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: schema13.properties.id.type},message:"must be integer,string",schema:schema13.properties.id.type,parentSchema:schema13.properties.id,data:data0}];
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
validate12.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema13.properties.status.type,parentSchema:schema13.properties.status,data:data1}];
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
validate12.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.type.type,parentSchema:schema13.properties.type,data:data2}];
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
validate12.errors = [{instancePath:instancePath+"/subtype",schemaPath:"#/properties/subtype/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.subtype.type,parentSchema:schema13.properties.subtype,data:data3}];
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
validate12.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.properties.data.type,parentSchema:schema13.properties.data,data:data4}];
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
validate12.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data}];
return false;
}
}
validate12.errors = vErrors;
return errors === 0;
}

export const file1 = validate13;
const schema14 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"img.generate.json","title":"img/generate data","description":"Draws an image captcha. Answers {imgdata: base64 image, rand, mime}; hash = md5(lowercase(code) + rand).","type":"object","additionalProperties":false,"properties":{}};

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="img.generate.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
validate13.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema14,data}];
return false;
break;
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
const schema15 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"img.validate.json","title":"img/validate data","description":"Consumes an image-captcha hash: 0 the first time, -1 when it is wrong, used or expired.","type":"object","required":["hash"],"additionalProperties":false,"properties":{"hash":{"type":"string","maxLength":64,"x-status":"imgHashMismatch"}}};
const func2 = require("ajv/dist/runtime/ucs2length").default;

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="img.validate.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.hash === undefined) && (missing0 = "hash")){
validate14.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema15.required,parentSchema:schema15,data}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(key0 === "hash")){
validate14.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema15,data}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.hash !== undefined){
let data0 = data.hash;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func2(data0) > 64){
validate14.errors = [{instancePath:instancePath+"/hash",schemaPath:"#/properties/hash/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema15.properties.hash,data:data0}];
return false;
}
}
else {
validate14.errors = [{instancePath:instancePath+"/hash",schemaPath:"#/properties/hash/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.properties.hash.type,parentSchema:schema15.properties.hash,data:data0}];
return false;
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
const schema16 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"pic.upload.json","title":"pic/upload data","description":"Stores a picture. Answers {url}: <public base>/api/external/get/pic/<from>/<name>. The type is taken from the bytes (PNG, JPEG, GIF or WebP; anything else -204); at most 1024 KiB decoded (-204); not base64 -203. The picture is decoded and encoded again in its format, upright and without metadata (EXIF, GPS, XMP, comments): one that does not decode, has more than pic.maxPixels pixels (24 million, all frames together) or more than pic.maxFrames frames (100) is -204. A picture under an explicit name belongs to its first uploader, who may replace it; anyone else gets 100 \"The picture name was used\". Without a name it is named by the MD5 of the uploaded bytes, and a second upload of the same bytes changes nothing; an explicit name of 32 hexadecimal digits is -204 (those names are the service's). from \"portrait\" is the caller's avatar: name, if given, must be the caller's user id. -500 when storage fails (nothing is left half-stored).","type":"object","required":["from","base64"],"properties":{"from":{"description":"What the picture is for.","type":"string","enum":["property","shop","product","portrait"]},"base64":{"description":"The image, base64; a data:image/...;base64, prefix is allowed.","type":"string","minLength":1},"name":{"description":"1 to 64 letters, digits, _ or -, but not 32 hexadecimal digits (the names the service gives: the lowercase hex MD5 of the uploaded bytes, when name is missing).","type":"string","pattern":"^[A-Za-z0-9_-]{1,64}$","not":{"pattern":"^[0-9A-Fa-f]{32}$"}}}};
const pattern0 = new RegExp("^[0-9A-Fa-f]{32}$", "u");
const pattern1 = new RegExp("^[A-Za-z0-9_-]{1,64}$", "u");

function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="pic.upload.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.from === undefined) && (missing0 = "from")) || ((data.base64 === undefined) && (missing0 = "base64"))){
validate15.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema16.required,parentSchema:schema16,data}];
return false;
}
else {
if(data.from !== undefined){
let data0 = data.from;
const _errs1 = errors;
if(typeof data0 !== "string"){
validate15.errors = [{instancePath:instancePath+"/from",schemaPath:"#/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.from.type,parentSchema:schema16.properties.from,data:data0}];
return false;
}
if(!((((data0 === "property") || (data0 === "shop")) || (data0 === "product")) || (data0 === "portrait"))){
validate15.errors = [{instancePath:instancePath+"/from",schemaPath:"#/properties/from/enum",keyword:"enum",params:{allowedValues: schema16.properties.from.enum},message:"must be equal to one of the allowed values",schema:schema16.properties.from.enum,parentSchema:schema16.properties.from,data:data0}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.base64 !== undefined){
let data1 = data.base64;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(func2(data1) < 1){
validate15.errors = [{instancePath:instancePath+"/base64",schemaPath:"#/properties/base64/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema16.properties.base64,data:data1}];
return false;
}
}
else {
validate15.errors = [{instancePath:instancePath+"/base64",schemaPath:"#/properties/base64/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.base64.type,parentSchema:schema16.properties.base64,data:data1}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
let data2 = data.name;
const _errs5 = errors;
const _errs7 = errors;
const _errs8 = errors;
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
var valid1 = _errs8 === errors;
if(valid1){
validate15.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema16.properties.name.not,parentSchema:schema16.properties.name,data:data2}];
return false;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
if(errors === _errs5){
if(typeof data2 === "string"){
if(!pattern1.test(data2)){
validate15.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,64}$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{1,64}$"+"\"",schema:"^[A-Za-z0-9_-]{1,64}$",parentSchema:schema16.properties.name,data:data2}];
return false;
}
}
else {
validate15.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.name.type,parentSchema:schema16.properties.name,data:data2}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
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
const schema17 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"portrait.upload.json","title":"portrait/upload data","description":"Stores the token user's avatar. Answers {url}. base64 may carry a data:image/...;base64, prefix; at most 1024 KiB decoded; type png, jpg, jpeg, gif or webp and the bytes must be that format (no SVG, no HTML). The image is decoded and encoded again in its format, upright and without metadata (EXIF, GPS, XMP, comments); one that does not decode, has more than pic.maxPixels pixels (24 million, all frames together) or more than pic.maxFrames frames (100) is -204. -203 not base64; -204 too large, wrong format, or an id that is not the token's user; -500 storage failure.","type":"object","required":["id","base64","type"],"properties":{"id":{"description":"The user id: must be the token's user.","type":["string","integer"],"minimum":1,"allOf":[{"minLength":1},{"pattern":"^[0-9]{1,20}$","x-status":"valueError"}]},"base64":{"type":"string","minLength":1},"type":{"type":"string","minLength":1,"enum":["png","jpg","jpeg","gif","webp","PNG","JPG","JPEG","GIF","WEBP"]},"name":{"description":"The file's name; kept for compatibility, not used.","type":"string","maxLength":255}}};
const pattern2 = new RegExp("^[0-9]{1,20}$", "u");

function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="portrait.upload.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.id === undefined) && (missing0 = "id")) || ((data.base64 === undefined) && (missing0 = "base64"))) || ((data.type === undefined) && (missing0 = "type"))){
validate16.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema17.required,parentSchema:schema17,data}];
return false;
}
else {
if(data.id !== undefined){
let data0 = data.id;
const _errs1 = errors;
if((typeof data0 !== "string") && (!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0))))){
validate16.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: schema17.properties.id.type},message:"must be string,integer",schema:schema17.properties.id.type,parentSchema:schema17.properties.id,data:data0}];
return false;
}
const _errs3 = errors;
if(typeof data0 === "string"){
if(func2(data0) < 1){
validate16.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/allOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema17.properties.id.allOf[0],data:data0}];
return false;
}
}
var valid1 = _errs3 === errors;
if(valid1){
const _errs4 = errors;
if(errors === _errs4){
if(typeof data0 === "string"){
if(!pattern2.test(data0)){
validate16.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/allOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,20}$"},message:"must match pattern \""+"^[0-9]{1,20}$"+"\"",schema:"^[0-9]{1,20}$",parentSchema:schema17.properties.id.allOf[1],data:data0}];
return false;
}
}
}
var valid1 = _errs4 === errors;
}
if(errors === _errs1){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate16.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema17.properties.id,data:data0}];
return false;
}
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.base64 !== undefined){
let data1 = data.base64;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data1 === "string"){
if(func2(data1) < 1){
validate16.errors = [{instancePath:instancePath+"/base64",schemaPath:"#/properties/base64/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema17.properties.base64,data:data1}];
return false;
}
}
else {
validate16.errors = [{instancePath:instancePath+"/base64",schemaPath:"#/properties/base64/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.base64.type,parentSchema:schema17.properties.base64,data:data1}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
let data2 = data.type;
const _errs8 = errors;
if(!((((((((((data2 === "png") || (data2 === "jpg")) || (data2 === "jpeg")) || (data2 === "gif")) || (data2 === "webp")) || (data2 === "PNG")) || (data2 === "JPG")) || (data2 === "JPEG")) || (data2 === "GIF")) || (data2 === "WEBP"))){
validate16.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema17.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema17.properties.type.enum,parentSchema:schema17.properties.type,data:data2}];
return false;
}
if(errors === _errs8){
if(typeof data2 === "string"){
if(func2(data2) < 1){
validate16.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema17.properties.type,data:data2}];
return false;
}
}
else {
validate16.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.type.type,parentSchema:schema17.properties.type,data:data2}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
let data3 = data.name;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data3 === "string"){
if(func2(data3) > 255){
validate16.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema17.properties.name,data:data3}];
return false;
}
}
else {
validate16.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.name.type,parentSchema:schema17.properties.name,data:data3}];
return false;
}
}
var valid0 = _errs10 === errors;
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
validate16.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema17.type,parentSchema:schema17,data}];
return false;
}
}
validate16.errors = vErrors;
return errors === 0;
}

export const file5 = validate17;
const schema18 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"product.creat.json","title":"product/creat (alias product/create) data","description":"Puts a product in one of the caller's shops. Answers {product_id} (7 digits, random). 100 \"No right to operate\" when the shop is not the caller's (or does not exist). product_status 0 off sale or 1 on sale. The counters (product_sale, product_click, product_collection) are the service's: setting one is -204.","type":"object","required":["product_name","product_price","shop_id","product_status"],"properties":{"product_name":{"$ref":"shop.fields.json#/definitions/productName"},"product_price":{"$ref":"shop.fields.json#/definitions/money"},"product_disprice":{"description":"A discounted price, at most product_price; null or missing: none.","anyOf":[{"type":"null"},{"$ref":"shop.fields.json#/definitions/money"}]},"shop_id":{"$ref":"shop.fields.json#/definitions/shopId"},"product_status":{"type":["integer","string"],"enum":[0,1,"0","1"]},"product_content":{"$ref":"shop.fields.json#/definitions/productContent"},"product_key":{"$ref":"shop.fields.json#/definitions/productKey"},"pic_url":{"$ref":"shop.fields.json#/definitions/picUrl"},"product_sale":false,"product_click":false,"product_collection":false}};
const schema20 = {"type":"string","transform":["trim"],"minLength":1,"maxLength":100};
const schema21 = {"description":"Yuan, 0 to 1000000, at most 2 decimals (more: -204), as a number or a numeric string.","type":["number","string"],"minimum":0,"maximum":1000000,"allOf":[{"minLength":1},{"pattern":"^\\s*-?[0-9]+(\\.[0-9]+)?\\s*$","x-status":"valueType"}]};
const schema23 = {"description":"9 digits; a larger number names no shop.","type":["integer","string"],"minimum":1,"maximum":999999999,"allOf":[{"minLength":1},{"pattern":"^[0-9]{1,15}$","x-status":"valueType"},{"pattern":"^0*[0-9]{1,9}$"}]};
const schema24 = {"description":"Stored and answered verbatim (HTML included: escaping is the client's job).","type":"string","maxLength":5000};
const schema25 = {"description":"Keywords, separated by \"|\".","type":"string","maxLength":255};
const schema26 = {"type":"string","maxLength":512};
const func8 = require("ajv-keywords/dist/definitions/transform").transform.trim;
const pattern3 = new RegExp("^\\s*-?[0-9]+(\\.[0-9]+)?\\s*$", "u");
const pattern5 = new RegExp("^[0-9]{1,15}$", "u");
const pattern6 = new RegExp("^0*[0-9]{1,9}$", "u");

function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="product.creat.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.product_name === undefined) && (missing0 = "product_name")) || ((data.product_price === undefined) && (missing0 = "product_price"))) || ((data.shop_id === undefined) && (missing0 = "shop_id"))) || ((data.product_status === undefined) && (missing0 = "product_status"))){
validate17.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema18.required,parentSchema:schema18,data}];
return false;
}
else {
if(data.product_name !== undefined){
let data0 = data.product_name;
const _errs1 = errors;
const _errs2 = errors;
if(typeof data0 == "string" && data !== undefined){
data0 = func8(data0);
data["product_name"] = data0;
}
if(errors === _errs2){
if(typeof data0 === "string"){
if(func2(data0) > 100){
validate17.errors = [{instancePath:instancePath+"/product_name",schemaPath:"shop.fields.json#/definitions/productName/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema20,data:data0}];
return false;
}
else {
if(func2(data0) < 1){
validate17.errors = [{instancePath:instancePath+"/product_name",schemaPath:"shop.fields.json#/definitions/productName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20,data:data0}];
return false;
}
}
}
else {
validate17.errors = [{instancePath:instancePath+"/product_name",schemaPath:"shop.fields.json#/definitions/productName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data:data0}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.product_price !== undefined){
let data1 = data.product_price;
const _errs4 = errors;
const _errs5 = errors;
if((!((typeof data1 == "number") && (isFinite(data1)))) && (typeof data1 !== "string")){
validate17.errors = [{instancePath:instancePath+"/product_price",schemaPath:"shop.fields.json#/definitions/money/type",keyword:"type",params:{type: schema21.type},message:"must be number,string",schema:schema21.type,parentSchema:schema21,data:data1}];
return false;
}
const _errs7 = errors;
if(typeof data1 === "string"){
if(func2(data1) < 1){
validate17.errors = [{instancePath:instancePath+"/product_price",schemaPath:"shop.fields.json#/definitions/money/allOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.allOf[0],data:data1}];
return false;
}
}
var valid3 = _errs7 === errors;
if(valid3){
const _errs8 = errors;
if(errors === _errs8){
if(typeof data1 === "string"){
if(!pattern3.test(data1)){
validate17.errors = [{instancePath:instancePath+"/product_price",schemaPath:"shop.fields.json#/definitions/money/allOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*-?[0-9]+(\\.[0-9]+)?\\s*$"},message:"must match pattern \""+"^\\s*-?[0-9]+(\\.[0-9]+)?\\s*$"+"\"",schema:"^\\s*-?[0-9]+(\\.[0-9]+)?\\s*$",parentSchema:schema21.allOf[1],data:data1}];
return false;
}
}
}
var valid3 = _errs8 === errors;
}
if(errors === _errs5){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 1000000 || isNaN(data1)){
validate17.errors = [{instancePath:instancePath+"/product_price",schemaPath:"shop.fields.json#/definitions/money/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:schema21,data:data1}];
return false;
}
else {
if(data1 < 0 || isNaN(data1)){
validate17.errors = [{instancePath:instancePath+"/product_price",schemaPath:"shop.fields.json#/definitions/money/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema21,data:data1}];
return false;
}
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.product_disprice !== undefined){
let data2 = data.product_disprice;
const _errs10 = errors;
const _errs11 = errors;
let valid4 = false;
const _errs12 = errors;
if(data2 !== null){
const err0 = {instancePath:instancePath+"/product_disprice",schemaPath:"#/properties/product_disprice/anyOf/0/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema18.properties.product_disprice.anyOf[0].type,parentSchema:schema18.properties.product_disprice.anyOf[0],data:data2};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs12 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const _errs14 = errors;
const _errs15 = errors;
if((!((typeof data2 == "number") && (isFinite(data2)))) && (typeof data2 !== "string")){
const err1 = {instancePath:instancePath+"/product_disprice",schemaPath:"shop.fields.json#/definitions/money/type",keyword:"type",params:{type: schema21.type},message:"must be number,string",schema:schema21.type,parentSchema:schema21,data:data2};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const _errs17 = errors;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err2 = {instancePath:instancePath+"/product_disprice",schemaPath:"shop.fields.json#/definitions/money/allOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.allOf[0],data:data2};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var valid6 = _errs17 === errors;
if(valid6){
const _errs18 = errors;
if(errors === _errs18){
if(typeof data2 === "string"){
if(!pattern3.test(data2)){
const err3 = {instancePath:instancePath+"/product_disprice",schemaPath:"shop.fields.json#/definitions/money/allOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*-?[0-9]+(\\.[0-9]+)?\\s*$"},message:"must match pattern \""+"^\\s*-?[0-9]+(\\.[0-9]+)?\\s*$"+"\"",schema:"^\\s*-?[0-9]+(\\.[0-9]+)?\\s*$",parentSchema:schema21.allOf[1],data:data2};
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
var valid6 = _errs18 === errors;
}
if(errors === _errs15){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 1000000 || isNaN(data2)){
const err4 = {instancePath:instancePath+"/product_disprice",schemaPath:"shop.fields.json#/definitions/money/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:schema21,data:data2};
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
const err5 = {instancePath:instancePath+"/product_disprice",schemaPath:"shop.fields.json#/definitions/money/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema21,data:data2};
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
var _valid0 = _errs14 === errors;
valid4 = valid4 || _valid0;
}
if(!valid4){
const err6 = {instancePath:instancePath+"/product_disprice",schemaPath:"#/properties/product_disprice/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema18.properties.product_disprice.anyOf,parentSchema:schema18.properties.product_disprice,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
validate17.errors = vErrors;
return false;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.shop_id !== undefined){
let data3 = data.shop_id;
const _errs20 = errors;
const _errs21 = errors;
if((!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))) && (typeof data3 !== "string")){
validate17.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/type",keyword:"type",params:{type: schema23.type},message:"must be integer,string",schema:schema23.type,parentSchema:schema23,data:data3}];
return false;
}
const _errs23 = errors;
if(typeof data3 === "string"){
if(func2(data3) < 1){
validate17.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/allOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema23.allOf[0],data:data3}];
return false;
}
}
var valid8 = _errs23 === errors;
if(valid8){
const _errs24 = errors;
if(errors === _errs24){
if(typeof data3 === "string"){
if(!pattern5.test(data3)){
validate17.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/allOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,15}$"},message:"must match pattern \""+"^[0-9]{1,15}$"+"\"",schema:"^[0-9]{1,15}$",parentSchema:schema23.allOf[1],data:data3}];
return false;
}
}
}
var valid8 = _errs24 === errors;
if(valid8){
const _errs26 = errors;
if(typeof data3 === "string"){
if(!pattern6.test(data3)){
validate17.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/allOf/2/pattern",keyword:"pattern",params:{pattern: "^0*[0-9]{1,9}$"},message:"must match pattern \""+"^0*[0-9]{1,9}$"+"\"",schema:"^0*[0-9]{1,9}$",parentSchema:schema23.allOf[2],data:data3}];
return false;
}
}
var valid8 = _errs26 === errors;
}
}
if(errors === _errs21){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 999999999 || isNaN(data3)){
validate17.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/maximum",keyword:"maximum",params:{comparison: "<=", limit: 999999999},message:"must be <= 999999999",schema:999999999,parentSchema:schema23,data:data3}];
return false;
}
else {
if(data3 < 1 || isNaN(data3)){
validate17.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema23,data:data3}];
return false;
}
}
}
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.product_status !== undefined){
let data4 = data.product_status;
const _errs27 = errors;
if((!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))) && (typeof data4 !== "string")){
validate17.errors = [{instancePath:instancePath+"/product_status",schemaPath:"#/properties/product_status/type",keyword:"type",params:{type: schema18.properties.product_status.type},message:"must be integer,string",schema:schema18.properties.product_status.type,parentSchema:schema18.properties.product_status,data:data4}];
return false;
}
if(!((((data4 === 0) || (data4 === 1)) || (data4 === "0")) || (data4 === "1"))){
validate17.errors = [{instancePath:instancePath+"/product_status",schemaPath:"#/properties/product_status/enum",keyword:"enum",params:{allowedValues: schema18.properties.product_status.enum},message:"must be equal to one of the allowed values",schema:schema18.properties.product_status.enum,parentSchema:schema18.properties.product_status,data:data4}];
return false;
}
var valid0 = _errs27 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.product_content !== undefined){
let data5 = data.product_content;
const _errs29 = errors;
const _errs30 = errors;
if(errors === _errs30){
if(typeof data5 === "string"){
if(func2(data5) > 5000){
validate17.errors = [{instancePath:instancePath+"/product_content",schemaPath:"shop.fields.json#/definitions/productContent/maxLength",keyword:"maxLength",params:{limit: 5000},message:"must NOT have more than 5000 characters",schema:5000,parentSchema:schema24,data:data5}];
return false;
}
}
else {
validate17.errors = [{instancePath:instancePath+"/product_content",schemaPath:"shop.fields.json#/definitions/productContent/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.type,parentSchema:schema24,data:data5}];
return false;
}
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.product_key !== undefined){
let data6 = data.product_key;
const _errs32 = errors;
const _errs33 = errors;
if(errors === _errs33){
if(typeof data6 === "string"){
if(func2(data6) > 255){
validate17.errors = [{instancePath:instancePath+"/product_key",schemaPath:"shop.fields.json#/definitions/productKey/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema25,data:data6}];
return false;
}
}
else {
validate17.errors = [{instancePath:instancePath+"/product_key",schemaPath:"shop.fields.json#/definitions/productKey/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.type,parentSchema:schema25,data:data6}];
return false;
}
}
var valid0 = _errs32 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pic_url !== undefined){
let data7 = data.pic_url;
const _errs35 = errors;
const _errs36 = errors;
if(errors === _errs36){
if(typeof data7 === "string"){
if(func2(data7) > 512){
validate17.errors = [{instancePath:instancePath+"/pic_url",schemaPath:"shop.fields.json#/definitions/picUrl/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters",schema:512,parentSchema:schema26,data:data7}];
return false;
}
}
else {
validate17.errors = [{instancePath:instancePath+"/pic_url",schemaPath:"shop.fields.json#/definitions/picUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.type,parentSchema:schema26,data:data7}];
return false;
}
}
var valid0 = _errs35 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.product_sale !== undefined){
var valid0 = false;
validate17.errors = [{instancePath:instancePath+"/product_sale",schemaPath:"#/properties/product_sale/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema18.properties.product_sale,data:data.product_sale}];
return false;
}
else {
var valid0 = true;
}
if(valid0){
if(data.product_click !== undefined){
var valid0 = false;
validate17.errors = [{instancePath:instancePath+"/product_click",schemaPath:"#/properties/product_click/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema18.properties.product_click,data:data.product_click}];
return false;
}
else {
var valid0 = true;
}
if(valid0){
if(data.product_collection !== undefined){
var valid0 = false;
validate17.errors = [{instancePath:instancePath+"/product_collection",schemaPath:"#/properties/product_collection/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema18.properties.product_collection,data:data.product_collection}];
return false;
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
validate17.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema18.type,parentSchema:schema18,data}];
return false;
}
}
validate17.errors = vErrors;
return errors === 0;
}

export const file6 = validate19;
const schema27 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"product.info.json","title":"product/info data","description":"One product, with every column. On sale: anyone may read it; off sale or deleted: only its shop's owner; otherwise (or no such product) 100 \"Error Product id\". A read by anyone but the owner adds 1 to product_click.","type":"object","required":["product_id"],"properties":{"product_id":{"$ref":"shop.fields.json#/definitions/productId"}}};
const schema28 = {"description":"7 digits; a larger number names no product.","type":["integer","string"],"minimum":1,"maximum":9999999,"allOf":[{"minLength":1},{"pattern":"^[0-9]{1,15}$","x-status":"valueType"},{"pattern":"^0*[0-9]{1,7}$"}]};
const pattern8 = new RegExp("^0*[0-9]{1,7}$", "u");

function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="product.info.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.product_id === undefined) && (missing0 = "product_id")){
validate19.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema27.required,parentSchema:schema27,data}];
return false;
}
else {
if(data.product_id !== undefined){
let data0 = data.product_id;
const _errs2 = errors;
if((!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) && (typeof data0 !== "string")){
validate19.errors = [{instancePath:instancePath+"/product_id",schemaPath:"shop.fields.json#/definitions/productId/type",keyword:"type",params:{type: schema28.type},message:"must be integer,string",schema:schema28.type,parentSchema:schema28,data:data0}];
return false;
}
const _errs4 = errors;
if(typeof data0 === "string"){
if(func2(data0) < 1){
validate19.errors = [{instancePath:instancePath+"/product_id",schemaPath:"shop.fields.json#/definitions/productId/allOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema28.allOf[0],data:data0}];
return false;
}
}
var valid2 = _errs4 === errors;
if(valid2){
const _errs5 = errors;
if(errors === _errs5){
if(typeof data0 === "string"){
if(!pattern5.test(data0)){
validate19.errors = [{instancePath:instancePath+"/product_id",schemaPath:"shop.fields.json#/definitions/productId/allOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,15}$"},message:"must match pattern \""+"^[0-9]{1,15}$"+"\"",schema:"^[0-9]{1,15}$",parentSchema:schema28.allOf[1],data:data0}];
return false;
}
}
}
var valid2 = _errs5 === errors;
if(valid2){
const _errs7 = errors;
if(typeof data0 === "string"){
if(!pattern8.test(data0)){
validate19.errors = [{instancePath:instancePath+"/product_id",schemaPath:"shop.fields.json#/definitions/productId/allOf/2/pattern",keyword:"pattern",params:{pattern: "^0*[0-9]{1,7}$"},message:"must match pattern \""+"^0*[0-9]{1,7}$"+"\"",schema:"^0*[0-9]{1,7}$",parentSchema:schema28.allOf[2],data:data0}];
return false;
}
}
var valid2 = _errs7 === errors;
}
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 9999999 || isNaN(data0)){
validate19.errors = [{instancePath:instancePath+"/product_id",schemaPath:"shop.fields.json#/definitions/productId/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9999999},message:"must be <= 9999999",schema:9999999,parentSchema:schema28,data:data0}];
return false;
}
else {
if(data0 < 1 || isNaN(data0)){
validate19.errors = [{instancePath:instancePath+"/product_id",schemaPath:"shop.fields.json#/definitions/productId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema28,data:data0}];
return false;
}
}
}
}
}
}
}
else {
validate19.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema27.type,parentSchema:schema27,data}];
return false;
}
}
validate19.errors = vErrors;
return errors === 0;
}

export const file7 = validate20;
const schema29 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"product.list.json","title":"product/list data","description":"Lists products. product_name and product_key match by substring (case-insensitive; % and _ match themselves); all given filters are ANDed. type \"up\" (default): on sale, for anyone; \"down\" off sale, \"all\" on and off sale, \"del\" deleted: only with a shop_id of the caller's own shop, else 100 \"No right to operate\". Rows carry every column; status 1 \"Empty records\" with [] when there are none.","type":"object","properties":{"product_name":{"type":"string","maxLength":100},"product_key":{"type":"string","maxLength":255},"shop_id":{"$ref":"shop.fields.json#/definitions/shopId"},"type":{"type":"string","enum":["up","down","all","del"]},"order":{"$ref":"shop.fields.json#/definitions/order"},"limit":{"$ref":"shop.fields.json#/definitions/limit"},"offset":{"$ref":"shop.fields.json#/definitions/offset"}}};
const schema31 = {"description":"A comma-separated list of \"<column> ASC|DESC\" over the list's columns; ties are broken by the id.","type":"string","maxLength":500};
const schema32 = {"description":"Rows in the page: 1 to 200, an integer or a string of digits; 50 when missing. Anything else is -204.","type":["integer","string"],"minimum":1,"maximum":200,"pattern":"^[0-9]{1,3}$","x-status":"valueError"};
const schema33 = {"description":"Rows to skip: 0 to 1000000000, an integer or a string of digits; 0 when missing. Anything else is -204.","type":["integer","string"],"minimum":0,"maximum":1000000000,"pattern":"^[0-9]{1,10}$","x-status":"valueError"};
const pattern11 = new RegExp("^[0-9]{1,3}$", "u");
const pattern12 = new RegExp("^[0-9]{1,10}$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="product.list.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.product_name !== undefined){
let data0 = data.product_name;
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(func2(data0) > 100){
validate20.errors = [{instancePath:instancePath+"/product_name",schemaPath:"#/properties/product_name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema29.properties.product_name,data:data0}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/product_name",schemaPath:"#/properties/product_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.product_name.type,parentSchema:schema29.properties.product_name,data:data0}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.product_key !== undefined){
let data1 = data.product_key;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(func2(data1) > 255){
validate20.errors = [{instancePath:instancePath+"/product_key",schemaPath:"#/properties/product_key/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema29.properties.product_key,data:data1}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/product_key",schemaPath:"#/properties/product_key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.product_key.type,parentSchema:schema29.properties.product_key,data:data1}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.shop_id !== undefined){
let data2 = data.shop_id;
const _errs5 = errors;
const _errs6 = errors;
if((!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))) && (typeof data2 !== "string")){
validate20.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/type",keyword:"type",params:{type: schema23.type},message:"must be integer,string",schema:schema23.type,parentSchema:schema23,data:data2}];
return false;
}
const _errs8 = errors;
if(typeof data2 === "string"){
if(func2(data2) < 1){
validate20.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/allOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema23.allOf[0],data:data2}];
return false;
}
}
var valid2 = _errs8 === errors;
if(valid2){
const _errs9 = errors;
if(errors === _errs9){
if(typeof data2 === "string"){
if(!pattern5.test(data2)){
validate20.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/allOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,15}$"},message:"must match pattern \""+"^[0-9]{1,15}$"+"\"",schema:"^[0-9]{1,15}$",parentSchema:schema23.allOf[1],data:data2}];
return false;
}
}
}
var valid2 = _errs9 === errors;
if(valid2){
const _errs11 = errors;
if(typeof data2 === "string"){
if(!pattern6.test(data2)){
validate20.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/allOf/2/pattern",keyword:"pattern",params:{pattern: "^0*[0-9]{1,9}$"},message:"must match pattern \""+"^0*[0-9]{1,9}$"+"\"",schema:"^0*[0-9]{1,9}$",parentSchema:schema23.allOf[2],data:data2}];
return false;
}
}
var valid2 = _errs11 === errors;
}
}
if(errors === _errs6){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 999999999 || isNaN(data2)){
validate20.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/maximum",keyword:"maximum",params:{comparison: "<=", limit: 999999999},message:"must be <= 999999999",schema:999999999,parentSchema:schema23,data:data2}];
return false;
}
else {
if(data2 < 1 || isNaN(data2)){
validate20.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema23,data:data2}];
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
if(data.type !== undefined){
let data3 = data.type;
const _errs12 = errors;
if(typeof data3 !== "string"){
validate20.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema29.properties.type.type,parentSchema:schema29.properties.type,data:data3}];
return false;
}
if(!((((data3 === "up") || (data3 === "down")) || (data3 === "all")) || (data3 === "del"))){
validate20.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema29.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema29.properties.type.enum,parentSchema:schema29.properties.type,data:data3}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.order !== undefined){
let data4 = data.order;
const _errs14 = errors;
const _errs15 = errors;
if(errors === _errs15){
if(typeof data4 === "string"){
if(func2(data4) > 500){
validate20.errors = [{instancePath:instancePath+"/order",schemaPath:"shop.fields.json#/definitions/order/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema31,data:data4}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/order",schemaPath:"shop.fields.json#/definitions/order/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.type,parentSchema:schema31,data:data4}];
return false;
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.limit !== undefined){
let data5 = data.limit;
const _errs17 = errors;
const _errs18 = errors;
if((!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))) && (typeof data5 !== "string")){
validate20.errors = [{instancePath:instancePath+"/limit",schemaPath:"shop.fields.json#/definitions/limit/type",keyword:"type",params:{type: schema32.type},message:"must be integer,string",schema:schema32.type,parentSchema:schema32,data:data5}];
return false;
}
if(errors === _errs18){
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 200 || isNaN(data5)){
validate20.errors = [{instancePath:instancePath+"/limit",schemaPath:"shop.fields.json#/definitions/limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 200},message:"must be <= 200",schema:200,parentSchema:schema32,data:data5}];
return false;
}
else {
if(data5 < 1 || isNaN(data5)){
validate20.errors = [{instancePath:instancePath+"/limit",schemaPath:"shop.fields.json#/definitions/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema32,data:data5}];
return false;
}
}
}
if(errors === _errs18){
if(typeof data5 === "string"){
if(!pattern11.test(data5)){
validate20.errors = [{instancePath:instancePath+"/limit",schemaPath:"shop.fields.json#/definitions/limit/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,3}$"},message:"must match pattern \""+"^[0-9]{1,3}$"+"\"",schema:"^[0-9]{1,3}$",parentSchema:schema32,data:data5}];
return false;
}
}
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.offset !== undefined){
let data6 = data.offset;
const _errs21 = errors;
const _errs22 = errors;
if((!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))) && (typeof data6 !== "string")){
validate20.errors = [{instancePath:instancePath+"/offset",schemaPath:"shop.fields.json#/definitions/offset/type",keyword:"type",params:{type: schema33.type},message:"must be integer,string",schema:schema33.type,parentSchema:schema33,data:data6}];
return false;
}
if(errors === _errs22){
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 1000000000 || isNaN(data6)){
validate20.errors = [{instancePath:instancePath+"/offset",schemaPath:"shop.fields.json#/definitions/offset/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000},message:"must be <= 1000000000",schema:1000000000,parentSchema:schema33,data:data6}];
return false;
}
else {
if(data6 < 0 || isNaN(data6)){
validate20.errors = [{instancePath:instancePath+"/offset",schemaPath:"shop.fields.json#/definitions/offset/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema33,data:data6}];
return false;
}
}
}
if(errors === _errs22){
if(typeof data6 === "string"){
if(!pattern12.test(data6)){
validate20.errors = [{instancePath:instancePath+"/offset",schemaPath:"shop.fields.json#/definitions/offset/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,10}$"},message:"must match pattern \""+"^[0-9]{1,10}$"+"\"",schema:"^[0-9]{1,10}$",parentSchema:schema33,data:data6}];
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
}
}
else {
validate20.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema29.type,parentSchema:schema29,data}];
return false;
}
}
validate20.errors = vErrors;
return errors === 0;
}

export const file8 = validate21;
const schema34 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"product.update.json","title":"product/update data","description":"Changes the given fields of a product of one of the caller's shops: any of product_status, product_name, product_content, product_key, product_price, product_disprice, pic_url (at least one: -202). product_id and shop_id only identify it: the caller must own the shop and the product must be in it, else 100 \"No right to operate\". product_status 2 deletes it. product_disprice null clears the discount; it may not exceed the price (-204). The counters are the service's (-204). Answers {}.","type":"object","required":["product_id","shop_id"],"x-status":"missingKey","anyOf":[{"required":["product_status"]},{"required":["product_name"]},{"required":["product_content"]},{"required":["product_key"]},{"required":["product_price"]},{"required":["product_disprice"]},{"required":["pic_url"]}],"properties":{"product_id":{"$ref":"shop.fields.json#/definitions/productId"},"shop_id":{"$ref":"shop.fields.json#/definitions/shopId"},"product_status":{"type":["integer","string"],"enum":[0,1,2,"0","1","2"]},"product_name":{"$ref":"shop.fields.json#/definitions/productName"},"product_price":{"$ref":"shop.fields.json#/definitions/money"},"product_disprice":{"anyOf":[{"type":"null"},{"$ref":"shop.fields.json#/definitions/money"}]},"product_content":{"$ref":"shop.fields.json#/definitions/productContent"},"product_key":{"$ref":"shop.fields.json#/definitions/productKey"},"pic_url":{"$ref":"shop.fields.json#/definitions/picUrl"},"product_sale":false,"product_click":false,"product_collection":false}};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="product.update.json" */;
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid0 = false;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.product_status === undefined) && (missing0 = "product_status")){
const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema34.anyOf[0].required,parentSchema:schema34.anyOf[0],data};
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
const err1 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'",schema:schema34.anyOf[1].required,parentSchema:schema34.anyOf[1],data};
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
const err2 = {instancePath,schemaPath:"#/anyOf/2/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'",schema:schema34.anyOf[2].required,parentSchema:schema34.anyOf[2],data};
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
const err3 = {instancePath,schemaPath:"#/anyOf/3/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'",schema:schema34.anyOf[3].required,parentSchema:schema34.anyOf[3],data};
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
const err4 = {instancePath,schemaPath:"#/anyOf/4/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'",schema:schema34.anyOf[4].required,parentSchema:schema34.anyOf[4],data};
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
const err5 = {instancePath,schemaPath:"#/anyOf/5/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'",schema:schema34.anyOf[5].required,parentSchema:schema34.anyOf[5],data};
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
const err6 = {instancePath,schemaPath:"#/anyOf/6/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'",schema:schema34.anyOf[6].required,parentSchema:schema34.anyOf[6],data};
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
const err7 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema34.anyOf,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
validate21.errors = vErrors;
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
validate21.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing7},message:"must have required property '"+missing7+"'",schema:schema34.required,parentSchema:schema34,data}];
return false;
}
else {
if(data.product_id !== undefined){
let data0 = data.product_id;
const _errs10 = errors;
const _errs11 = errors;
if((!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) && (typeof data0 !== "string")){
validate21.errors = [{instancePath:instancePath+"/product_id",schemaPath:"shop.fields.json#/definitions/productId/type",keyword:"type",params:{type: schema28.type},message:"must be integer,string",schema:schema28.type,parentSchema:schema28,data:data0}];
return false;
}
const _errs13 = errors;
if(typeof data0 === "string"){
if(func2(data0) < 1){
validate21.errors = [{instancePath:instancePath+"/product_id",schemaPath:"shop.fields.json#/definitions/productId/allOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema28.allOf[0],data:data0}];
return false;
}
}
var valid3 = _errs13 === errors;
if(valid3){
const _errs14 = errors;
if(errors === _errs14){
if(typeof data0 === "string"){
if(!pattern5.test(data0)){
validate21.errors = [{instancePath:instancePath+"/product_id",schemaPath:"shop.fields.json#/definitions/productId/allOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,15}$"},message:"must match pattern \""+"^[0-9]{1,15}$"+"\"",schema:"^[0-9]{1,15}$",parentSchema:schema28.allOf[1],data:data0}];
return false;
}
}
}
var valid3 = _errs14 === errors;
if(valid3){
const _errs16 = errors;
if(typeof data0 === "string"){
if(!pattern8.test(data0)){
validate21.errors = [{instancePath:instancePath+"/product_id",schemaPath:"shop.fields.json#/definitions/productId/allOf/2/pattern",keyword:"pattern",params:{pattern: "^0*[0-9]{1,7}$"},message:"must match pattern \""+"^0*[0-9]{1,7}$"+"\"",schema:"^0*[0-9]{1,7}$",parentSchema:schema28.allOf[2],data:data0}];
return false;
}
}
var valid3 = _errs16 === errors;
}
}
if(errors === _errs11){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 9999999 || isNaN(data0)){
validate21.errors = [{instancePath:instancePath+"/product_id",schemaPath:"shop.fields.json#/definitions/productId/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9999999},message:"must be <= 9999999",schema:9999999,parentSchema:schema28,data:data0}];
return false;
}
else {
if(data0 < 1 || isNaN(data0)){
validate21.errors = [{instancePath:instancePath+"/product_id",schemaPath:"shop.fields.json#/definitions/productId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema28,data:data0}];
return false;
}
}
}
}
var valid1 = _errs10 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.shop_id !== undefined){
let data1 = data.shop_id;
const _errs17 = errors;
const _errs18 = errors;
if((!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))) && (typeof data1 !== "string")){
validate21.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/type",keyword:"type",params:{type: schema23.type},message:"must be integer,string",schema:schema23.type,parentSchema:schema23,data:data1}];
return false;
}
const _errs20 = errors;
if(typeof data1 === "string"){
if(func2(data1) < 1){
validate21.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/allOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema23.allOf[0],data:data1}];
return false;
}
}
var valid5 = _errs20 === errors;
if(valid5){
const _errs21 = errors;
if(errors === _errs21){
if(typeof data1 === "string"){
if(!pattern5.test(data1)){
validate21.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/allOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,15}$"},message:"must match pattern \""+"^[0-9]{1,15}$"+"\"",schema:"^[0-9]{1,15}$",parentSchema:schema23.allOf[1],data:data1}];
return false;
}
}
}
var valid5 = _errs21 === errors;
if(valid5){
const _errs23 = errors;
if(typeof data1 === "string"){
if(!pattern6.test(data1)){
validate21.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/allOf/2/pattern",keyword:"pattern",params:{pattern: "^0*[0-9]{1,9}$"},message:"must match pattern \""+"^0*[0-9]{1,9}$"+"\"",schema:"^0*[0-9]{1,9}$",parentSchema:schema23.allOf[2],data:data1}];
return false;
}
}
var valid5 = _errs23 === errors;
}
}
if(errors === _errs18){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 999999999 || isNaN(data1)){
validate21.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/maximum",keyword:"maximum",params:{comparison: "<=", limit: 999999999},message:"must be <= 999999999",schema:999999999,parentSchema:schema23,data:data1}];
return false;
}
else {
if(data1 < 1 || isNaN(data1)){
validate21.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema23,data:data1}];
return false;
}
}
}
}
var valid1 = _errs17 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.product_status !== undefined){
let data2 = data.product_status;
const _errs24 = errors;
if((!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))) && (typeof data2 !== "string")){
validate21.errors = [{instancePath:instancePath+"/product_status",schemaPath:"#/properties/product_status/type",keyword:"type",params:{type: schema34.properties.product_status.type},message:"must be integer,string",schema:schema34.properties.product_status.type,parentSchema:schema34.properties.product_status,data:data2}];
return false;
}
if(!((((((data2 === 0) || (data2 === 1)) || (data2 === 2)) || (data2 === "0")) || (data2 === "1")) || (data2 === "2"))){
validate21.errors = [{instancePath:instancePath+"/product_status",schemaPath:"#/properties/product_status/enum",keyword:"enum",params:{allowedValues: schema34.properties.product_status.enum},message:"must be equal to one of the allowed values",schema:schema34.properties.product_status.enum,parentSchema:schema34.properties.product_status,data:data2}];
return false;
}
var valid1 = _errs24 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.product_name !== undefined){
let data3 = data.product_name;
const _errs26 = errors;
const _errs27 = errors;
if(typeof data3 == "string" && data !== undefined){
data3 = func8(data3);
data["product_name"] = data3;
}
if(errors === _errs27){
if(typeof data3 === "string"){
if(func2(data3) > 100){
validate21.errors = [{instancePath:instancePath+"/product_name",schemaPath:"shop.fields.json#/definitions/productName/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema20,data:data3}];
return false;
}
else {
if(func2(data3) < 1){
validate21.errors = [{instancePath:instancePath+"/product_name",schemaPath:"shop.fields.json#/definitions/productName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema20,data:data3}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/product_name",schemaPath:"shop.fields.json#/definitions/productName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data:data3}];
return false;
}
}
var valid1 = _errs26 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.product_price !== undefined){
let data4 = data.product_price;
const _errs29 = errors;
const _errs30 = errors;
if((!((typeof data4 == "number") && (isFinite(data4)))) && (typeof data4 !== "string")){
validate21.errors = [{instancePath:instancePath+"/product_price",schemaPath:"shop.fields.json#/definitions/money/type",keyword:"type",params:{type: schema21.type},message:"must be number,string",schema:schema21.type,parentSchema:schema21,data:data4}];
return false;
}
const _errs32 = errors;
if(typeof data4 === "string"){
if(func2(data4) < 1){
validate21.errors = [{instancePath:instancePath+"/product_price",schemaPath:"shop.fields.json#/definitions/money/allOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.allOf[0],data:data4}];
return false;
}
}
var valid8 = _errs32 === errors;
if(valid8){
const _errs33 = errors;
if(errors === _errs33){
if(typeof data4 === "string"){
if(!pattern3.test(data4)){
validate21.errors = [{instancePath:instancePath+"/product_price",schemaPath:"shop.fields.json#/definitions/money/allOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*-?[0-9]+(\\.[0-9]+)?\\s*$"},message:"must match pattern \""+"^\\s*-?[0-9]+(\\.[0-9]+)?\\s*$"+"\"",schema:"^\\s*-?[0-9]+(\\.[0-9]+)?\\s*$",parentSchema:schema21.allOf[1],data:data4}];
return false;
}
}
}
var valid8 = _errs33 === errors;
}
if(errors === _errs30){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 1000000 || isNaN(data4)){
validate21.errors = [{instancePath:instancePath+"/product_price",schemaPath:"shop.fields.json#/definitions/money/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:schema21,data:data4}];
return false;
}
else {
if(data4 < 0 || isNaN(data4)){
validate21.errors = [{instancePath:instancePath+"/product_price",schemaPath:"shop.fields.json#/definitions/money/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema21,data:data4}];
return false;
}
}
}
}
var valid1 = _errs29 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.product_disprice !== undefined){
let data5 = data.product_disprice;
const _errs35 = errors;
const _errs36 = errors;
let valid9 = false;
const _errs37 = errors;
if(data5 !== null){
const err8 = {instancePath:instancePath+"/product_disprice",schemaPath:"#/properties/product_disprice/anyOf/0/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema34.properties.product_disprice.anyOf[0].type,parentSchema:schema34.properties.product_disprice.anyOf[0],data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid1 = _errs37 === errors;
valid9 = valid9 || _valid1;
if(!valid9){
const _errs39 = errors;
const _errs40 = errors;
if((!((typeof data5 == "number") && (isFinite(data5)))) && (typeof data5 !== "string")){
const err9 = {instancePath:instancePath+"/product_disprice",schemaPath:"shop.fields.json#/definitions/money/type",keyword:"type",params:{type: schema21.type},message:"must be number,string",schema:schema21.type,parentSchema:schema21,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const _errs42 = errors;
if(typeof data5 === "string"){
if(func2(data5) < 1){
const err10 = {instancePath:instancePath+"/product_disprice",schemaPath:"shop.fields.json#/definitions/money/allOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.allOf[0],data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
var valid11 = _errs42 === errors;
if(valid11){
const _errs43 = errors;
if(errors === _errs43){
if(typeof data5 === "string"){
if(!pattern3.test(data5)){
const err11 = {instancePath:instancePath+"/product_disprice",schemaPath:"shop.fields.json#/definitions/money/allOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*-?[0-9]+(\\.[0-9]+)?\\s*$"},message:"must match pattern \""+"^\\s*-?[0-9]+(\\.[0-9]+)?\\s*$"+"\"",schema:"^\\s*-?[0-9]+(\\.[0-9]+)?\\s*$",parentSchema:schema21.allOf[1],data:data5};
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
var valid11 = _errs43 === errors;
}
if(errors === _errs40){
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 1000000 || isNaN(data5)){
const err12 = {instancePath:instancePath+"/product_disprice",schemaPath:"shop.fields.json#/definitions/money/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:schema21,data:data5};
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
const err13 = {instancePath:instancePath+"/product_disprice",schemaPath:"shop.fields.json#/definitions/money/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema21,data:data5};
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
var _valid1 = _errs39 === errors;
valid9 = valid9 || _valid1;
}
if(!valid9){
const err14 = {instancePath:instancePath+"/product_disprice",schemaPath:"#/properties/product_disprice/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema34.properties.product_disprice.anyOf,parentSchema:schema34.properties.product_disprice,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
validate21.errors = vErrors;
return false;
}
else {
errors = _errs36;
if(vErrors !== null){
if(_errs36){
vErrors.length = _errs36;
}
else {
vErrors = null;
}
}
}
var valid1 = _errs35 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.product_content !== undefined){
let data6 = data.product_content;
const _errs45 = errors;
const _errs46 = errors;
if(errors === _errs46){
if(typeof data6 === "string"){
if(func2(data6) > 5000){
validate21.errors = [{instancePath:instancePath+"/product_content",schemaPath:"shop.fields.json#/definitions/productContent/maxLength",keyword:"maxLength",params:{limit: 5000},message:"must NOT have more than 5000 characters",schema:5000,parentSchema:schema24,data:data6}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/product_content",schemaPath:"shop.fields.json#/definitions/productContent/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema24.type,parentSchema:schema24,data:data6}];
return false;
}
}
var valid1 = _errs45 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.product_key !== undefined){
let data7 = data.product_key;
const _errs48 = errors;
const _errs49 = errors;
if(errors === _errs49){
if(typeof data7 === "string"){
if(func2(data7) > 255){
validate21.errors = [{instancePath:instancePath+"/product_key",schemaPath:"shop.fields.json#/definitions/productKey/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema25,data:data7}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/product_key",schemaPath:"shop.fields.json#/definitions/productKey/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.type,parentSchema:schema25,data:data7}];
return false;
}
}
var valid1 = _errs48 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.pic_url !== undefined){
let data8 = data.pic_url;
const _errs51 = errors;
const _errs52 = errors;
if(errors === _errs52){
if(typeof data8 === "string"){
if(func2(data8) > 512){
validate21.errors = [{instancePath:instancePath+"/pic_url",schemaPath:"shop.fields.json#/definitions/picUrl/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters",schema:512,parentSchema:schema26,data:data8}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/pic_url",schemaPath:"shop.fields.json#/definitions/picUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.type,parentSchema:schema26,data:data8}];
return false;
}
}
var valid1 = _errs51 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.product_sale !== undefined){
var valid1 = false;
validate21.errors = [{instancePath:instancePath+"/product_sale",schemaPath:"#/properties/product_sale/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema34.properties.product_sale,data:data.product_sale}];
return false;
}
else {
var valid1 = true;
}
if(valid1){
if(data.product_click !== undefined){
var valid1 = false;
validate21.errors = [{instancePath:instancePath+"/product_click",schemaPath:"#/properties/product_click/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema34.properties.product_click,data:data.product_click}];
return false;
}
else {
var valid1 = true;
}
if(valid1){
if(data.product_collection !== undefined){
var valid1 = false;
validate21.errors = [{instancePath:instancePath+"/product_collection",schemaPath:"#/properties/product_collection/false schema",keyword:"false schema",params:{},message:"boolean schema is false",schema:false,parentSchema:schema34.properties.product_collection,data:data.product_collection}];
return false;
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
validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.type,parentSchema:schema34,data}];
return false;
}
}
validate21.errors = vErrors;
return errors === 0;
}

export const file9 = validate22;
const schema43 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"property.add.json","title":"property/add data","description":"Posts a notice owned by the token's user. Answers {uid}. occurrence_time and publish_time empty or missing: now (occurrence_time: the publish time); state is 0; id, user2_*, update_time are ignored. -202 missing, -201 empty, -203 wrong type, -204 bad value or a user_id that is not the token's.","type":"object","required":["type","lab","title","content","user_name"],"properties":{"type":{"$ref":"property.fields.json#/definitions/kind"},"lab":{"$ref":"property.fields.json#/definitions/lab"},"title":{"$ref":"property.fields.json#/definitions/title"},"content":{"$ref":"property.fields.json#/definitions/content"},"occurrence_time":{"$ref":"property.fields.json#/definitions/datetime"},"user_id":{"$ref":"property.fields.json#/definitions/userId"},"user_name":{"$ref":"property.fields.json#/definitions/userName"},"user_phone":{"$ref":"property.fields.json#/definitions/phoneOrQq"},"user_qq":{"$ref":"property.fields.json#/definitions/phoneOrQq"},"publish_time":{"$ref":"property.fields.json#/definitions/datetime"},"pic_num":{"$ref":"property.fields.json#/definitions/picNum"},"pic_url1":{"$ref":"property.fields.json#/definitions/picUrl"},"pic_url2":{"$ref":"property.fields.json#/definitions/picUrl"},"pic_url3":{"$ref":"property.fields.json#/definitions/picUrl"}}};
const schema45 = {"description":"1 lost (寻物启事), 2 found (失物招领).","type":["integer","string"],"allOf":[{"minLength":1},{"pattern":"^[0-9]+$","x-status":"valueType"},{"enum":[1,2,"1","2"]}]};
const schema46 = {"description":"Tags, separated by \"|\".","type":"string","minLength":1,"maxLength":50};
const schema47 = {"type":"string","minLength":1,"maxLength":20};
const schema48 = {"type":"string","minLength":1,"maxLength":500};
const schema49 = {"type":"string","format":"campus-datetime"};
const schema50 = {"description":"Must be the token's user when given (empty means the token's user).","type":["string","integer"],"maxLength":15};
const schema51 = {"type":"string","minLength":1,"maxLength":10};
const schema52 = {"type":"string","maxLength":15};
const schema55 = {"description":"How many pictures, 0 to 3.","type":["integer","string"],"allOf":[{"minLength":1},{"pattern":"^[0-9]+$","x-status":"valueType"},{"enum":[0,1,2,3,"0","1","2","3"]}]};
const schema56 = {"type":"string","maxLength":1024};
const pattern19 = new RegExp("^[0-9]+$", "u");
const formats0 = schemaFormats["campus-datetime"];

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="property.add.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.type === undefined) && (missing0 = "type")) || ((data.lab === undefined) && (missing0 = "lab"))) || ((data.title === undefined) && (missing0 = "title"))) || ((data.content === undefined) && (missing0 = "content"))) || ((data.user_name === undefined) && (missing0 = "user_name"))){
validate22.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema43.required,parentSchema:schema43,data}];
return false;
}
else {
if(data.type !== undefined){
let data0 = data.type;
const _errs1 = errors;
if((!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) && (typeof data0 !== "string")){
validate22.errors = [{instancePath:instancePath+"/type",schemaPath:"property.fields.json#/definitions/kind/type",keyword:"type",params:{type: schema45.type},message:"must be integer,string",schema:schema45.type,parentSchema:schema45,data:data0}];
return false;
}
const _errs4 = errors;
if(typeof data0 === "string"){
if(func2(data0) < 1){
validate22.errors = [{instancePath:instancePath+"/type",schemaPath:"property.fields.json#/definitions/kind/allOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema45.allOf[0],data:data0}];
return false;
}
}
var valid2 = _errs4 === errors;
if(valid2){
const _errs5 = errors;
if(errors === _errs5){
if(typeof data0 === "string"){
if(!pattern19.test(data0)){
validate22.errors = [{instancePath:instancePath+"/type",schemaPath:"property.fields.json#/definitions/kind/allOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]+$"},message:"must match pattern \""+"^[0-9]+$"+"\"",schema:"^[0-9]+$",parentSchema:schema45.allOf[1],data:data0}];
return false;
}
}
}
var valid2 = _errs5 === errors;
if(valid2){
const _errs7 = errors;
if(!((((data0 === 1) || (data0 === 2)) || (data0 === "1")) || (data0 === "2"))){
validate22.errors = [{instancePath:instancePath+"/type",schemaPath:"property.fields.json#/definitions/kind/allOf/2/enum",keyword:"enum",params:{allowedValues: schema45.allOf[2].enum},message:"must be equal to one of the allowed values",schema:schema45.allOf[2].enum,parentSchema:schema45.allOf[2],data:data0}];
return false;
}
var valid2 = _errs7 === errors;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.lab !== undefined){
let data1 = data.lab;
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data1 === "string"){
if(func2(data1) > 50){
validate22.errors = [{instancePath:instancePath+"/lab",schemaPath:"property.fields.json#/definitions/lab/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters",schema:50,parentSchema:schema46,data:data1}];
return false;
}
else {
if(func2(data1) < 1){
validate22.errors = [{instancePath:instancePath+"/lab",schemaPath:"property.fields.json#/definitions/lab/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46,data:data1}];
return false;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/lab",schemaPath:"property.fields.json#/definitions/lab/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data1}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.title !== undefined){
let data2 = data.title;
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data2 === "string"){
if(func2(data2) > 20){
validate22.errors = [{instancePath:instancePath+"/title",schemaPath:"property.fields.json#/definitions/title/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters",schema:20,parentSchema:schema47,data:data2}];
return false;
}
else {
if(func2(data2) < 1){
validate22.errors = [{instancePath:instancePath+"/title",schemaPath:"property.fields.json#/definitions/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47,data:data2}];
return false;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/title",schemaPath:"property.fields.json#/definitions/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.type,parentSchema:schema47,data:data2}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.content !== undefined){
let data3 = data.content;
const _errs14 = errors;
const _errs15 = errors;
if(errors === _errs15){
if(typeof data3 === "string"){
if(func2(data3) > 500){
validate22.errors = [{instancePath:instancePath+"/content",schemaPath:"property.fields.json#/definitions/content/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema48,data:data3}];
return false;
}
else {
if(func2(data3) < 1){
validate22.errors = [{instancePath:instancePath+"/content",schemaPath:"property.fields.json#/definitions/content/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48,data:data3}];
return false;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/content",schemaPath:"property.fields.json#/definitions/content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.type,parentSchema:schema48,data:data3}];
return false;
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.occurrence_time !== undefined){
let data4 = data.occurrence_time;
const _errs17 = errors;
const _errs18 = errors;
if(errors === _errs18){
if(errors === _errs18){
if(typeof data4 === "string"){
if(!(formats0.validate(data4))){
validate22.errors = [{instancePath:instancePath+"/occurrence_time",schemaPath:"property.fields.json#/definitions/datetime/format",keyword:"format",params:{format: "campus-datetime"},message:"must match format \""+"campus-datetime"+"\"",schema:"campus-datetime",parentSchema:schema49,data:data4}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/occurrence_time",schemaPath:"property.fields.json#/definitions/datetime/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.type,parentSchema:schema49,data:data4}];
return false;
}
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user_id !== undefined){
let data5 = data.user_id;
const _errs20 = errors;
const _errs21 = errors;
if((typeof data5 !== "string") && (!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5))))){
validate22.errors = [{instancePath:instancePath+"/user_id",schemaPath:"property.fields.json#/definitions/userId/type",keyword:"type",params:{type: schema50.type},message:"must be string,integer",schema:schema50.type,parentSchema:schema50,data:data5}];
return false;
}
if(errors === _errs21){
if(typeof data5 === "string"){
if(func2(data5) > 15){
validate22.errors = [{instancePath:instancePath+"/user_id",schemaPath:"property.fields.json#/definitions/userId/maxLength",keyword:"maxLength",params:{limit: 15},message:"must NOT have more than 15 characters",schema:15,parentSchema:schema50,data:data5}];
return false;
}
}
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user_name !== undefined){
let data6 = data.user_name;
const _errs23 = errors;
const _errs24 = errors;
if(errors === _errs24){
if(typeof data6 === "string"){
if(func2(data6) > 10){
validate22.errors = [{instancePath:instancePath+"/user_name",schemaPath:"property.fields.json#/definitions/userName/maxLength",keyword:"maxLength",params:{limit: 10},message:"must NOT have more than 10 characters",schema:10,parentSchema:schema51,data:data6}];
return false;
}
else {
if(func2(data6) < 1){
validate22.errors = [{instancePath:instancePath+"/user_name",schemaPath:"property.fields.json#/definitions/userName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema51,data:data6}];
return false;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/user_name",schemaPath:"property.fields.json#/definitions/userName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.type,parentSchema:schema51,data:data6}];
return false;
}
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user_phone !== undefined){
let data7 = data.user_phone;
const _errs26 = errors;
const _errs27 = errors;
if(errors === _errs27){
if(typeof data7 === "string"){
if(func2(data7) > 15){
validate22.errors = [{instancePath:instancePath+"/user_phone",schemaPath:"property.fields.json#/definitions/phoneOrQq/maxLength",keyword:"maxLength",params:{limit: 15},message:"must NOT have more than 15 characters",schema:15,parentSchema:schema52,data:data7}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/user_phone",schemaPath:"property.fields.json#/definitions/phoneOrQq/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.type,parentSchema:schema52,data:data7}];
return false;
}
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user_qq !== undefined){
let data8 = data.user_qq;
const _errs29 = errors;
const _errs30 = errors;
if(errors === _errs30){
if(typeof data8 === "string"){
if(func2(data8) > 15){
validate22.errors = [{instancePath:instancePath+"/user_qq",schemaPath:"property.fields.json#/definitions/phoneOrQq/maxLength",keyword:"maxLength",params:{limit: 15},message:"must NOT have more than 15 characters",schema:15,parentSchema:schema52,data:data8}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/user_qq",schemaPath:"property.fields.json#/definitions/phoneOrQq/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.type,parentSchema:schema52,data:data8}];
return false;
}
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.publish_time !== undefined){
let data9 = data.publish_time;
const _errs32 = errors;
const _errs33 = errors;
if(errors === _errs33){
if(errors === _errs33){
if(typeof data9 === "string"){
if(!(formats0.validate(data9))){
validate22.errors = [{instancePath:instancePath+"/publish_time",schemaPath:"property.fields.json#/definitions/datetime/format",keyword:"format",params:{format: "campus-datetime"},message:"must match format \""+"campus-datetime"+"\"",schema:"campus-datetime",parentSchema:schema49,data:data9}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/publish_time",schemaPath:"property.fields.json#/definitions/datetime/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.type,parentSchema:schema49,data:data9}];
return false;
}
}
}
var valid0 = _errs32 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pic_num !== undefined){
let data10 = data.pic_num;
const _errs35 = errors;
if((!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))) && (typeof data10 !== "string")){
validate22.errors = [{instancePath:instancePath+"/pic_num",schemaPath:"property.fields.json#/definitions/picNum/type",keyword:"type",params:{type: schema55.type},message:"must be integer,string",schema:schema55.type,parentSchema:schema55,data:data10}];
return false;
}
const _errs38 = errors;
if(typeof data10 === "string"){
if(func2(data10) < 1){
validate22.errors = [{instancePath:instancePath+"/pic_num",schemaPath:"property.fields.json#/definitions/picNum/allOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema55.allOf[0],data:data10}];
return false;
}
}
var valid13 = _errs38 === errors;
if(valid13){
const _errs39 = errors;
if(errors === _errs39){
if(typeof data10 === "string"){
if(!pattern19.test(data10)){
validate22.errors = [{instancePath:instancePath+"/pic_num",schemaPath:"property.fields.json#/definitions/picNum/allOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]+$"},message:"must match pattern \""+"^[0-9]+$"+"\"",schema:"^[0-9]+$",parentSchema:schema55.allOf[1],data:data10}];
return false;
}
}
}
var valid13 = _errs39 === errors;
if(valid13){
const _errs41 = errors;
if(!((((((((data10 === 0) || (data10 === 1)) || (data10 === 2)) || (data10 === 3)) || (data10 === "0")) || (data10 === "1")) || (data10 === "2")) || (data10 === "3"))){
validate22.errors = [{instancePath:instancePath+"/pic_num",schemaPath:"property.fields.json#/definitions/picNum/allOf/2/enum",keyword:"enum",params:{allowedValues: schema55.allOf[2].enum},message:"must be equal to one of the allowed values",schema:schema55.allOf[2].enum,parentSchema:schema55.allOf[2],data:data10}];
return false;
}
var valid13 = _errs41 === errors;
}
}
var valid0 = _errs35 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pic_url1 !== undefined){
let data11 = data.pic_url1;
const _errs42 = errors;
const _errs43 = errors;
if(errors === _errs43){
if(typeof data11 === "string"){
if(func2(data11) > 1024){
validate22.errors = [{instancePath:instancePath+"/pic_url1",schemaPath:"property.fields.json#/definitions/picUrl/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema56,data:data11}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/pic_url1",schemaPath:"property.fields.json#/definitions/picUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.type,parentSchema:schema56,data:data11}];
return false;
}
}
var valid0 = _errs42 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pic_url2 !== undefined){
let data12 = data.pic_url2;
const _errs45 = errors;
const _errs46 = errors;
if(errors === _errs46){
if(typeof data12 === "string"){
if(func2(data12) > 1024){
validate22.errors = [{instancePath:instancePath+"/pic_url2",schemaPath:"property.fields.json#/definitions/picUrl/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema56,data:data12}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/pic_url2",schemaPath:"property.fields.json#/definitions/picUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.type,parentSchema:schema56,data:data12}];
return false;
}
}
var valid0 = _errs45 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pic_url3 !== undefined){
let data13 = data.pic_url3;
const _errs48 = errors;
const _errs49 = errors;
if(errors === _errs49){
if(typeof data13 === "string"){
if(func2(data13) > 1024){
validate22.errors = [{instancePath:instancePath+"/pic_url3",schemaPath:"property.fields.json#/definitions/picUrl/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema56,data:data13}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/pic_url3",schemaPath:"property.fields.json#/definitions/picUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.type,parentSchema:schema56,data:data13}];
return false;
}
}
var valid0 = _errs48 === errors;
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
validate22.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.type,parentSchema:schema43,data}];
return false;
}
}
validate22.errors = vErrors;
return errors === 0;
}

export const file10 = validate24;
const schema59 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"property.delete.json","title":"property/delete data","description":"Deletes one of the token's user's notices. Answers {uid}. Every key but id and user_id is ignored; -200 when nothing was deleted (no such notice, or not the caller's).","type":"object","required":["id"],"properties":{"id":{"$ref":"property.fields.json#/definitions/id"},"user_id":{"$ref":"property.fields.json#/definitions/userId"}}};
const schema60 = {"description":"The notice's id (generated by the database).","type":["integer","string"],"minimum":1,"allOf":[{"minLength":1},{"pattern":"^[0-9]{1,15}$","x-status":"valueType"}]};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="property.delete.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.id === undefined) && (missing0 = "id")){
validate24.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema59.required,parentSchema:schema59,data}];
return false;
}
else {
if(data.id !== undefined){
let data0 = data.id;
const _errs1 = errors;
const _errs2 = errors;
if((!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) && (typeof data0 !== "string")){
validate24.errors = [{instancePath:instancePath+"/id",schemaPath:"property.fields.json#/definitions/id/type",keyword:"type",params:{type: schema60.type},message:"must be integer,string",schema:schema60.type,parentSchema:schema60,data:data0}];
return false;
}
const _errs4 = errors;
if(typeof data0 === "string"){
if(func2(data0) < 1){
validate24.errors = [{instancePath:instancePath+"/id",schemaPath:"property.fields.json#/definitions/id/allOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema60.allOf[0],data:data0}];
return false;
}
}
var valid2 = _errs4 === errors;
if(valid2){
const _errs5 = errors;
if(errors === _errs5){
if(typeof data0 === "string"){
if(!pattern5.test(data0)){
validate24.errors = [{instancePath:instancePath+"/id",schemaPath:"property.fields.json#/definitions/id/allOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,15}$"},message:"must match pattern \""+"^[0-9]{1,15}$"+"\"",schema:"^[0-9]{1,15}$",parentSchema:schema60.allOf[1],data:data0}];
return false;
}
}
}
var valid2 = _errs5 === errors;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate24.errors = [{instancePath:instancePath+"/id",schemaPath:"property.fields.json#/definitions/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema60,data:data0}];
return false;
}
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user_id !== undefined){
let data1 = data.user_id;
const _errs7 = errors;
const _errs8 = errors;
if((typeof data1 !== "string") && (!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1))))){
validate24.errors = [{instancePath:instancePath+"/user_id",schemaPath:"property.fields.json#/definitions/userId/type",keyword:"type",params:{type: schema50.type},message:"must be string,integer",schema:schema50.type,parentSchema:schema50,data:data1}];
return false;
}
if(errors === _errs8){
if(typeof data1 === "string"){
if(func2(data1) > 15){
validate24.errors = [{instancePath:instancePath+"/user_id",schemaPath:"property.fields.json#/definitions/userId/maxLength",keyword:"maxLength",params:{limit: 15},message:"must NOT have more than 15 characters",schema:15,parentSchema:schema50,data:data1}];
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
else {
validate24.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.type,parentSchema:schema59,data}];
return false;
}
}
validate24.errors = vErrors;
return errors === 0;
}

export const file11 = validate23;
const schema44 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"property.fields.json","title":"Lost-and-found notice fields","description":"Field definitions shared by property/add, property/update and property/delete. Lengths count characters. Datetimes are \"YYYY-MM-DD HH:MM:SS\" in the service's time zone (Asia/Shanghai by default); an empty one takes its default. Integers may also be sent as strings of digits.","definitions":{"id":{"description":"The notice's id (generated by the database).","type":["integer","string"],"minimum":1,"allOf":[{"minLength":1},{"pattern":"^[0-9]{1,15}$","x-status":"valueType"}]},"kind":{"description":"1 lost (寻物启事), 2 found (失物招领).","type":["integer","string"],"allOf":[{"minLength":1},{"pattern":"^[0-9]+$","x-status":"valueType"},{"enum":[1,2,"1","2"]}]},"state":{"description":"0 open, 1 closed.","type":["integer","string"],"allOf":[{"minLength":1},{"pattern":"^[0-9]+$","x-status":"valueType"},{"enum":[0,1,"0","1"]}]},"picNum":{"description":"How many pictures, 0 to 3.","type":["integer","string"],"allOf":[{"minLength":1},{"pattern":"^[0-9]+$","x-status":"valueType"},{"enum":[0,1,2,3,"0","1","2","3"]}]},"lab":{"description":"Tags, separated by \"|\".","type":"string","minLength":1,"maxLength":50},"title":{"type":"string","minLength":1,"maxLength":20},"content":{"type":"string","minLength":1,"maxLength":500},"userName":{"type":"string","minLength":1,"maxLength":10},"userId":{"description":"Must be the token's user when given (empty means the token's user).","type":["string","integer"],"maxLength":15},"optionalName":{"type":"string","maxLength":10},"phoneOrQq":{"type":"string","maxLength":15},"datetime":{"type":"string","format":"campus-datetime"},"picUrl":{"type":"string","maxLength":1024}}};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="property.fields.json" */;
validate23.errors = null;
return true;
}

export const file12 = validate25;
const schema62 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"property.query.json","title":"GET /api/external/get/property query","description":"The lost-and-found list: every value is text, as a query string has it. token and type are required; then either key alone, or field filters. Newest update first. Local statuses: -100 unknown parameter, -101 a value of the wrong form (or a parameter given twice), -103 key with a filter, -104 token or type missing, -105 bad token, -106 a value not allowed.","type":"object","required":["token","type"],"additionalProperties":false,"properties":{"token":{"description":"The caller's token (or an Authorization: Bearer header).","type":"string","minLength":1},"type":{"description":"1 lost (寻物启事), 2 found (失物招领).","type":"string","minLength":1,"allOf":[{"$ref":"#/definitions/integer"},{"enum":["1","2"]}]},"key":{"description":"Searched in lab, title and content (substring, case-insensitive), and matched exactly against id and user_id. Not combined with the field filters.","type":"string"},"limit":{"description":"Page size, 1 to property.maxLimit (200 by default); 50 when missing.","allOf":[{"$ref":"#/definitions/integer"}]},"offset":{"description":"Rows to skip.","allOf":[{"$ref":"#/definitions/integer"}]},"id":{"description":"Exact match.","allOf":[{"$ref":"#/definitions/integer"}]},"state":{"description":"Exact match: 0 open, 1 closed.","allOf":[{"$ref":"#/definitions/integer"}]},"lab":{"description":"Substring match (% and _ match themselves).","type":"string"},"title":{"description":"Substring match (% and _ match themselves).","type":"string"},"content":{"description":"Substring match (% and _ match themselves).","type":"string"},"occurrence_time":{"description":"Exact match, \"YYYY-MM-DD HH:MM:SS\".","allOf":[{"$ref":"#/definitions/datetime"}]},"user_id":{"description":"Substring match (% and _ match themselves).","type":"string"},"user_name":{"description":"Substring match (% and _ match themselves).","type":"string"},"user_phone":{"description":"Substring match (% and _ match themselves).","type":"string"},"user_qq":{"description":"Substring match (% and _ match themselves).","type":"string"},"user2_id":{"description":"Substring match (% and _ match themselves).","type":"string"},"user2_name":{"description":"Substring match (% and _ match themselves).","type":"string"},"user2_phone":{"description":"Substring match (% and _ match themselves).","type":"string"},"user2_qq":{"description":"Substring match (% and _ match themselves).","type":"string"},"publish_time":{"description":"Exact match, \"YYYY-MM-DD HH:MM:SS\".","allOf":[{"$ref":"#/definitions/datetime"}]},"update_time":{"description":"Exact match, \"YYYY-MM-DD HH:MM:SS\".","allOf":[{"$ref":"#/definitions/datetime"}]},"pic_num":{"description":"Exact match.","allOf":[{"$ref":"#/definitions/integer"}]},"pic_url1":{"description":"Substring match (% and _ match themselves).","type":"string"},"pic_url2":{"description":"Substring match (% and _ match themselves).","type":"string"},"pic_url3":{"description":"Substring match (% and _ match themselves).","type":"string"}},"definitions":{"integer":{"type":"string","pattern":"^[0-9]{1,15}$","x-status":"queryArgType"},"datetime":{"type":"string","minLength":1,"format":"campus-datetime","x-status":"queryArgType"}}};
const schema63 = {"type":"string","pattern":"^[0-9]{1,15}$","x-status":"queryArgType"};
const schema68 = {"type":"string","minLength":1,"format":"campus-datetime","x-status":"queryArgType"};
const func50 = Object.prototype.hasOwnProperty;

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="property.query.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.token === undefined) && (missing0 = "token")) || ((data.type === undefined) && (missing0 = "type"))){
validate25.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema62.required,parentSchema:schema62,data}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func50.call(schema62.properties, key0))){
validate25.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema62,data}];
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
validate25.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema62.properties.token,data:data0}];
return false;
}
}
else {
validate25.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.token.type,parentSchema:schema62.properties.token,data:data0}];
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
validate25.errors = [{instancePath:instancePath+"/type",schemaPath:"#/definitions/integer/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,15}$"},message:"must match pattern \""+"^[0-9]{1,15}$"+"\"",schema:"^[0-9]{1,15}$",parentSchema:schema63,data:data1}];
return false;
}
}
else {
validate25.errors = [{instancePath:instancePath+"/type",schemaPath:"#/definitions/integer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.type,parentSchema:schema63,data:data1}];
return false;
}
}
var valid1 = _errs6 === errors;
if(valid1){
const _errs10 = errors;
if(!((data1 === "1") || (data1 === "2"))){
validate25.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/allOf/1/enum",keyword:"enum",params:{allowedValues: schema62.properties.type.allOf[1].enum},message:"must be equal to one of the allowed values",schema:schema62.properties.type.allOf[1].enum,parentSchema:schema62.properties.type.allOf[1],data:data1}];
return false;
}
var valid1 = _errs10 === errors;
}
if(errors === _errs4){
if(typeof data1 === "string"){
if(func2(data1) < 1){
validate25.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema62.properties.type,data:data1}];
return false;
}
}
else {
validate25.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.type.type,parentSchema:schema62.properties.type,data:data1}];
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
validate25.errors = [{instancePath:instancePath+"/key",schemaPath:"#/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.key.type,parentSchema:schema62.properties.key,data:data2}];
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
validate25.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/definitions/integer/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,15}$"},message:"must match pattern \""+"^[0-9]{1,15}$"+"\"",schema:"^[0-9]{1,15}$",parentSchema:schema63,data:data3}];
return false;
}
}
else {
validate25.errors = [{instancePath:instancePath+"/limit",schemaPath:"#/definitions/integer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.type,parentSchema:schema63,data:data3}];
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
validate25.errors = [{instancePath:instancePath+"/offset",schemaPath:"#/definitions/integer/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,15}$"},message:"must match pattern \""+"^[0-9]{1,15}$"+"\"",schema:"^[0-9]{1,15}$",parentSchema:schema63,data:data4}];
return false;
}
}
else {
validate25.errors = [{instancePath:instancePath+"/offset",schemaPath:"#/definitions/integer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.type,parentSchema:schema63,data:data4}];
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
validate25.errors = [{instancePath:instancePath+"/id",schemaPath:"#/definitions/integer/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,15}$"},message:"must match pattern \""+"^[0-9]{1,15}$"+"\"",schema:"^[0-9]{1,15}$",parentSchema:schema63,data:data5}];
return false;
}
}
else {
validate25.errors = [{instancePath:instancePath+"/id",schemaPath:"#/definitions/integer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.type,parentSchema:schema63,data:data5}];
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
validate25.errors = [{instancePath:instancePath+"/state",schemaPath:"#/definitions/integer/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,15}$"},message:"must match pattern \""+"^[0-9]{1,15}$"+"\"",schema:"^[0-9]{1,15}$",parentSchema:schema63,data:data6}];
return false;
}
}
else {
validate25.errors = [{instancePath:instancePath+"/state",schemaPath:"#/definitions/integer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.type,parentSchema:schema63,data:data6}];
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
validate25.errors = [{instancePath:instancePath+"/lab",schemaPath:"#/properties/lab/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.lab.type,parentSchema:schema62.properties.lab,data:data7}];
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
validate25.errors = [{instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.title.type,parentSchema:schema62.properties.title,data:data8}];
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
validate25.errors = [{instancePath:instancePath+"/content",schemaPath:"#/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.content.type,parentSchema:schema62.properties.content,data:data9}];
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
validate25.errors = [{instancePath:instancePath+"/occurrence_time",schemaPath:"#/definitions/datetime/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema68,data:data10}];
return false;
}
else {
if(!(formats0.validate(data10))){
validate25.errors = [{instancePath:instancePath+"/occurrence_time",schemaPath:"#/definitions/datetime/format",keyword:"format",params:{format: "campus-datetime"},message:"must match format \""+"campus-datetime"+"\"",schema:"campus-datetime",parentSchema:schema68,data:data10}];
return false;
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/occurrence_time",schemaPath:"#/definitions/datetime/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.type,parentSchema:schema68,data:data10}];
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
validate25.errors = [{instancePath:instancePath+"/user_id",schemaPath:"#/properties/user_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.user_id.type,parentSchema:schema62.properties.user_id,data:data11}];
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
validate25.errors = [{instancePath:instancePath+"/user_name",schemaPath:"#/properties/user_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.user_name.type,parentSchema:schema62.properties.user_name,data:data12}];
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
validate25.errors = [{instancePath:instancePath+"/user_phone",schemaPath:"#/properties/user_phone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.user_phone.type,parentSchema:schema62.properties.user_phone,data:data13}];
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
validate25.errors = [{instancePath:instancePath+"/user_qq",schemaPath:"#/properties/user_qq/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.user_qq.type,parentSchema:schema62.properties.user_qq,data:data14}];
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
validate25.errors = [{instancePath:instancePath+"/user2_id",schemaPath:"#/properties/user2_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.user2_id.type,parentSchema:schema62.properties.user2_id,data:data15}];
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
validate25.errors = [{instancePath:instancePath+"/user2_name",schemaPath:"#/properties/user2_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.user2_name.type,parentSchema:schema62.properties.user2_name,data:data16}];
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
validate25.errors = [{instancePath:instancePath+"/user2_phone",schemaPath:"#/properties/user2_phone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.user2_phone.type,parentSchema:schema62.properties.user2_phone,data:data17}];
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
validate25.errors = [{instancePath:instancePath+"/user2_qq",schemaPath:"#/properties/user2_qq/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.user2_qq.type,parentSchema:schema62.properties.user2_qq,data:data18}];
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
validate25.errors = [{instancePath:instancePath+"/publish_time",schemaPath:"#/definitions/datetime/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema68,data:data19}];
return false;
}
else {
if(!(formats0.validate(data19))){
validate25.errors = [{instancePath:instancePath+"/publish_time",schemaPath:"#/definitions/datetime/format",keyword:"format",params:{format: "campus-datetime"},message:"must match format \""+"campus-datetime"+"\"",schema:"campus-datetime",parentSchema:schema68,data:data19}];
return false;
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/publish_time",schemaPath:"#/definitions/datetime/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.type,parentSchema:schema68,data:data19}];
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
validate25.errors = [{instancePath:instancePath+"/update_time",schemaPath:"#/definitions/datetime/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema68,data:data20}];
return false;
}
else {
if(!(formats0.validate(data20))){
validate25.errors = [{instancePath:instancePath+"/update_time",schemaPath:"#/definitions/datetime/format",keyword:"format",params:{format: "campus-datetime"},message:"must match format \""+"campus-datetime"+"\"",schema:"campus-datetime",parentSchema:schema68,data:data20}];
return false;
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/update_time",schemaPath:"#/definitions/datetime/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.type,parentSchema:schema68,data:data20}];
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
validate25.errors = [{instancePath:instancePath+"/pic_num",schemaPath:"#/definitions/integer/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,15}$"},message:"must match pattern \""+"^[0-9]{1,15}$"+"\"",schema:"^[0-9]{1,15}$",parentSchema:schema63,data:data21}];
return false;
}
}
else {
validate25.errors = [{instancePath:instancePath+"/pic_num",schemaPath:"#/definitions/integer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.type,parentSchema:schema63,data:data21}];
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
validate25.errors = [{instancePath:instancePath+"/pic_url1",schemaPath:"#/properties/pic_url1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.pic_url1.type,parentSchema:schema62.properties.pic_url1,data:data22}];
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
validate25.errors = [{instancePath:instancePath+"/pic_url2",schemaPath:"#/properties/pic_url2/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.pic_url2.type,parentSchema:schema62.properties.pic_url2,data:data23}];
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
validate25.errors = [{instancePath:instancePath+"/pic_url3",schemaPath:"#/properties/pic_url3/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.pic_url3.type,parentSchema:schema62.properties.pic_url3,data:data24}];
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
validate25.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema62.type,parentSchema:schema62,data}];
return false;
}
}
validate25.errors = vErrors;
return errors === 0;
}

export const file13 = validate26;
const schema72 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"property.update.json","title":"property/update data","description":"Changes the given fields of one of the token's user's notices. Answers {uid}. update_time empty or missing: now; occurrence_time empty: the publish time. -200 when the notice does not exist or is not the caller's; -204 for a user_id that is not the token's.","type":"object","required":["id"],"properties":{"id":{"$ref":"property.fields.json#/definitions/id"},"type":{"$ref":"property.fields.json#/definitions/kind"},"state":{"$ref":"property.fields.json#/definitions/state"},"lab":{"$ref":"property.fields.json#/definitions/lab"},"title":{"$ref":"property.fields.json#/definitions/title"},"content":{"$ref":"property.fields.json#/definitions/content"},"occurrence_time":{"$ref":"property.fields.json#/definitions/datetime"},"user_id":{"$ref":"property.fields.json#/definitions/userId"},"user_name":{"$ref":"property.fields.json#/definitions/userName"},"user_phone":{"$ref":"property.fields.json#/definitions/phoneOrQq"},"user_qq":{"$ref":"property.fields.json#/definitions/phoneOrQq"},"user2_id":{"$ref":"property.fields.json#/definitions/phoneOrQq"},"user2_name":{"$ref":"property.fields.json#/definitions/optionalName"},"user2_phone":{"$ref":"property.fields.json#/definitions/phoneOrQq"},"user2_qq":{"$ref":"property.fields.json#/definitions/phoneOrQq"},"update_time":{"$ref":"property.fields.json#/definitions/datetime"},"pic_num":{"$ref":"property.fields.json#/definitions/picNum"},"pic_url1":{"$ref":"property.fields.json#/definitions/picUrl"},"pic_url2":{"$ref":"property.fields.json#/definitions/picUrl"},"pic_url3":{"$ref":"property.fields.json#/definitions/picUrl"}}};
const schema75 = {"description":"0 open, 1 closed.","type":["integer","string"],"allOf":[{"minLength":1},{"pattern":"^[0-9]+$","x-status":"valueType"},{"enum":[0,1,"0","1"]}]};
const schema85 = {"type":"string","maxLength":10};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="property.update.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.id === undefined) && (missing0 = "id")){
validate26.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema72.required,parentSchema:schema72,data}];
return false;
}
else {
if(data.id !== undefined){
let data0 = data.id;
const _errs1 = errors;
const _errs2 = errors;
if((!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) && (typeof data0 !== "string")){
validate26.errors = [{instancePath:instancePath+"/id",schemaPath:"property.fields.json#/definitions/id/type",keyword:"type",params:{type: schema60.type},message:"must be integer,string",schema:schema60.type,parentSchema:schema60,data:data0}];
return false;
}
const _errs4 = errors;
if(typeof data0 === "string"){
if(func2(data0) < 1){
validate26.errors = [{instancePath:instancePath+"/id",schemaPath:"property.fields.json#/definitions/id/allOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema60.allOf[0],data:data0}];
return false;
}
}
var valid2 = _errs4 === errors;
if(valid2){
const _errs5 = errors;
if(errors === _errs5){
if(typeof data0 === "string"){
if(!pattern5.test(data0)){
validate26.errors = [{instancePath:instancePath+"/id",schemaPath:"property.fields.json#/definitions/id/allOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,15}$"},message:"must match pattern \""+"^[0-9]{1,15}$"+"\"",schema:"^[0-9]{1,15}$",parentSchema:schema60.allOf[1],data:data0}];
return false;
}
}
}
var valid2 = _errs5 === errors;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate26.errors = [{instancePath:instancePath+"/id",schemaPath:"property.fields.json#/definitions/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema60,data:data0}];
return false;
}
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
let data1 = data.type;
const _errs7 = errors;
if((!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))) && (typeof data1 !== "string")){
validate26.errors = [{instancePath:instancePath+"/type",schemaPath:"property.fields.json#/definitions/kind/type",keyword:"type",params:{type: schema45.type},message:"must be integer,string",schema:schema45.type,parentSchema:schema45,data:data1}];
return false;
}
const _errs10 = errors;
if(typeof data1 === "string"){
if(func2(data1) < 1){
validate26.errors = [{instancePath:instancePath+"/type",schemaPath:"property.fields.json#/definitions/kind/allOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema45.allOf[0],data:data1}];
return false;
}
}
var valid4 = _errs10 === errors;
if(valid4){
const _errs11 = errors;
if(errors === _errs11){
if(typeof data1 === "string"){
if(!pattern19.test(data1)){
validate26.errors = [{instancePath:instancePath+"/type",schemaPath:"property.fields.json#/definitions/kind/allOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]+$"},message:"must match pattern \""+"^[0-9]+$"+"\"",schema:"^[0-9]+$",parentSchema:schema45.allOf[1],data:data1}];
return false;
}
}
}
var valid4 = _errs11 === errors;
if(valid4){
const _errs13 = errors;
if(!((((data1 === 1) || (data1 === 2)) || (data1 === "1")) || (data1 === "2"))){
validate26.errors = [{instancePath:instancePath+"/type",schemaPath:"property.fields.json#/definitions/kind/allOf/2/enum",keyword:"enum",params:{allowedValues: schema45.allOf[2].enum},message:"must be equal to one of the allowed values",schema:schema45.allOf[2].enum,parentSchema:schema45.allOf[2],data:data1}];
return false;
}
var valid4 = _errs13 === errors;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
let data2 = data.state;
const _errs14 = errors;
if((!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))) && (typeof data2 !== "string")){
validate26.errors = [{instancePath:instancePath+"/state",schemaPath:"property.fields.json#/definitions/state/type",keyword:"type",params:{type: schema75.type},message:"must be integer,string",schema:schema75.type,parentSchema:schema75,data:data2}];
return false;
}
const _errs17 = errors;
if(typeof data2 === "string"){
if(func2(data2) < 1){
validate26.errors = [{instancePath:instancePath+"/state",schemaPath:"property.fields.json#/definitions/state/allOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema75.allOf[0],data:data2}];
return false;
}
}
var valid6 = _errs17 === errors;
if(valid6){
const _errs18 = errors;
if(errors === _errs18){
if(typeof data2 === "string"){
if(!pattern19.test(data2)){
validate26.errors = [{instancePath:instancePath+"/state",schemaPath:"property.fields.json#/definitions/state/allOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]+$"},message:"must match pattern \""+"^[0-9]+$"+"\"",schema:"^[0-9]+$",parentSchema:schema75.allOf[1],data:data2}];
return false;
}
}
}
var valid6 = _errs18 === errors;
if(valid6){
const _errs20 = errors;
if(!((((data2 === 0) || (data2 === 1)) || (data2 === "0")) || (data2 === "1"))){
validate26.errors = [{instancePath:instancePath+"/state",schemaPath:"property.fields.json#/definitions/state/allOf/2/enum",keyword:"enum",params:{allowedValues: schema75.allOf[2].enum},message:"must be equal to one of the allowed values",schema:schema75.allOf[2].enum,parentSchema:schema75.allOf[2],data:data2}];
return false;
}
var valid6 = _errs20 === errors;
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.lab !== undefined){
let data3 = data.lab;
const _errs21 = errors;
const _errs22 = errors;
if(errors === _errs22){
if(typeof data3 === "string"){
if(func2(data3) > 50){
validate26.errors = [{instancePath:instancePath+"/lab",schemaPath:"property.fields.json#/definitions/lab/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters",schema:50,parentSchema:schema46,data:data3}];
return false;
}
else {
if(func2(data3) < 1){
validate26.errors = [{instancePath:instancePath+"/lab",schemaPath:"property.fields.json#/definitions/lab/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46,data:data3}];
return false;
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/lab",schemaPath:"property.fields.json#/definitions/lab/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data3}];
return false;
}
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.title !== undefined){
let data4 = data.title;
const _errs24 = errors;
const _errs25 = errors;
if(errors === _errs25){
if(typeof data4 === "string"){
if(func2(data4) > 20){
validate26.errors = [{instancePath:instancePath+"/title",schemaPath:"property.fields.json#/definitions/title/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters",schema:20,parentSchema:schema47,data:data4}];
return false;
}
else {
if(func2(data4) < 1){
validate26.errors = [{instancePath:instancePath+"/title",schemaPath:"property.fields.json#/definitions/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47,data:data4}];
return false;
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/title",schemaPath:"property.fields.json#/definitions/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.type,parentSchema:schema47,data:data4}];
return false;
}
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.content !== undefined){
let data5 = data.content;
const _errs27 = errors;
const _errs28 = errors;
if(errors === _errs28){
if(typeof data5 === "string"){
if(func2(data5) > 500){
validate26.errors = [{instancePath:instancePath+"/content",schemaPath:"property.fields.json#/definitions/content/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema48,data:data5}];
return false;
}
else {
if(func2(data5) < 1){
validate26.errors = [{instancePath:instancePath+"/content",schemaPath:"property.fields.json#/definitions/content/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48,data:data5}];
return false;
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/content",schemaPath:"property.fields.json#/definitions/content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.type,parentSchema:schema48,data:data5}];
return false;
}
}
var valid0 = _errs27 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.occurrence_time !== undefined){
let data6 = data.occurrence_time;
const _errs30 = errors;
const _errs31 = errors;
if(errors === _errs31){
if(errors === _errs31){
if(typeof data6 === "string"){
if(!(formats0.validate(data6))){
validate26.errors = [{instancePath:instancePath+"/occurrence_time",schemaPath:"property.fields.json#/definitions/datetime/format",keyword:"format",params:{format: "campus-datetime"},message:"must match format \""+"campus-datetime"+"\"",schema:"campus-datetime",parentSchema:schema49,data:data6}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/occurrence_time",schemaPath:"property.fields.json#/definitions/datetime/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.type,parentSchema:schema49,data:data6}];
return false;
}
}
}
var valid0 = _errs30 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user_id !== undefined){
let data7 = data.user_id;
const _errs33 = errors;
const _errs34 = errors;
if((typeof data7 !== "string") && (!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7))))){
validate26.errors = [{instancePath:instancePath+"/user_id",schemaPath:"property.fields.json#/definitions/userId/type",keyword:"type",params:{type: schema50.type},message:"must be string,integer",schema:schema50.type,parentSchema:schema50,data:data7}];
return false;
}
if(errors === _errs34){
if(typeof data7 === "string"){
if(func2(data7) > 15){
validate26.errors = [{instancePath:instancePath+"/user_id",schemaPath:"property.fields.json#/definitions/userId/maxLength",keyword:"maxLength",params:{limit: 15},message:"must NOT have more than 15 characters",schema:15,parentSchema:schema50,data:data7}];
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
if(data.user_name !== undefined){
let data8 = data.user_name;
const _errs36 = errors;
const _errs37 = errors;
if(errors === _errs37){
if(typeof data8 === "string"){
if(func2(data8) > 10){
validate26.errors = [{instancePath:instancePath+"/user_name",schemaPath:"property.fields.json#/definitions/userName/maxLength",keyword:"maxLength",params:{limit: 10},message:"must NOT have more than 10 characters",schema:10,parentSchema:schema51,data:data8}];
return false;
}
else {
if(func2(data8) < 1){
validate26.errors = [{instancePath:instancePath+"/user_name",schemaPath:"property.fields.json#/definitions/userName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema51,data:data8}];
return false;
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/user_name",schemaPath:"property.fields.json#/definitions/userName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.type,parentSchema:schema51,data:data8}];
return false;
}
}
var valid0 = _errs36 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user_phone !== undefined){
let data9 = data.user_phone;
const _errs39 = errors;
const _errs40 = errors;
if(errors === _errs40){
if(typeof data9 === "string"){
if(func2(data9) > 15){
validate26.errors = [{instancePath:instancePath+"/user_phone",schemaPath:"property.fields.json#/definitions/phoneOrQq/maxLength",keyword:"maxLength",params:{limit: 15},message:"must NOT have more than 15 characters",schema:15,parentSchema:schema52,data:data9}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/user_phone",schemaPath:"property.fields.json#/definitions/phoneOrQq/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.type,parentSchema:schema52,data:data9}];
return false;
}
}
var valid0 = _errs39 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user_qq !== undefined){
let data10 = data.user_qq;
const _errs42 = errors;
const _errs43 = errors;
if(errors === _errs43){
if(typeof data10 === "string"){
if(func2(data10) > 15){
validate26.errors = [{instancePath:instancePath+"/user_qq",schemaPath:"property.fields.json#/definitions/phoneOrQq/maxLength",keyword:"maxLength",params:{limit: 15},message:"must NOT have more than 15 characters",schema:15,parentSchema:schema52,data:data10}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/user_qq",schemaPath:"property.fields.json#/definitions/phoneOrQq/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.type,parentSchema:schema52,data:data10}];
return false;
}
}
var valid0 = _errs42 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user2_id !== undefined){
let data11 = data.user2_id;
const _errs45 = errors;
const _errs46 = errors;
if(errors === _errs46){
if(typeof data11 === "string"){
if(func2(data11) > 15){
validate26.errors = [{instancePath:instancePath+"/user2_id",schemaPath:"property.fields.json#/definitions/phoneOrQq/maxLength",keyword:"maxLength",params:{limit: 15},message:"must NOT have more than 15 characters",schema:15,parentSchema:schema52,data:data11}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/user2_id",schemaPath:"property.fields.json#/definitions/phoneOrQq/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.type,parentSchema:schema52,data:data11}];
return false;
}
}
var valid0 = _errs45 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user2_name !== undefined){
let data12 = data.user2_name;
const _errs48 = errors;
const _errs49 = errors;
if(errors === _errs49){
if(typeof data12 === "string"){
if(func2(data12) > 10){
validate26.errors = [{instancePath:instancePath+"/user2_name",schemaPath:"property.fields.json#/definitions/optionalName/maxLength",keyword:"maxLength",params:{limit: 10},message:"must NOT have more than 10 characters",schema:10,parentSchema:schema85,data:data12}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/user2_name",schemaPath:"property.fields.json#/definitions/optionalName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema85.type,parentSchema:schema85,data:data12}];
return false;
}
}
var valid0 = _errs48 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user2_phone !== undefined){
let data13 = data.user2_phone;
const _errs51 = errors;
const _errs52 = errors;
if(errors === _errs52){
if(typeof data13 === "string"){
if(func2(data13) > 15){
validate26.errors = [{instancePath:instancePath+"/user2_phone",schemaPath:"property.fields.json#/definitions/phoneOrQq/maxLength",keyword:"maxLength",params:{limit: 15},message:"must NOT have more than 15 characters",schema:15,parentSchema:schema52,data:data13}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/user2_phone",schemaPath:"property.fields.json#/definitions/phoneOrQq/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.type,parentSchema:schema52,data:data13}];
return false;
}
}
var valid0 = _errs51 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user2_qq !== undefined){
let data14 = data.user2_qq;
const _errs54 = errors;
const _errs55 = errors;
if(errors === _errs55){
if(typeof data14 === "string"){
if(func2(data14) > 15){
validate26.errors = [{instancePath:instancePath+"/user2_qq",schemaPath:"property.fields.json#/definitions/phoneOrQq/maxLength",keyword:"maxLength",params:{limit: 15},message:"must NOT have more than 15 characters",schema:15,parentSchema:schema52,data:data14}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/user2_qq",schemaPath:"property.fields.json#/definitions/phoneOrQq/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.type,parentSchema:schema52,data:data14}];
return false;
}
}
var valid0 = _errs54 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.update_time !== undefined){
let data15 = data.update_time;
const _errs57 = errors;
const _errs58 = errors;
if(errors === _errs58){
if(errors === _errs58){
if(typeof data15 === "string"){
if(!(formats0.validate(data15))){
validate26.errors = [{instancePath:instancePath+"/update_time",schemaPath:"property.fields.json#/definitions/datetime/format",keyword:"format",params:{format: "campus-datetime"},message:"must match format \""+"campus-datetime"+"\"",schema:"campus-datetime",parentSchema:schema49,data:data15}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/update_time",schemaPath:"property.fields.json#/definitions/datetime/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.type,parentSchema:schema49,data:data15}];
return false;
}
}
}
var valid0 = _errs57 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pic_num !== undefined){
let data16 = data.pic_num;
const _errs60 = errors;
if((!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))) && (typeof data16 !== "string")){
validate26.errors = [{instancePath:instancePath+"/pic_num",schemaPath:"property.fields.json#/definitions/picNum/type",keyword:"type",params:{type: schema55.type},message:"must be integer,string",schema:schema55.type,parentSchema:schema55,data:data16}];
return false;
}
const _errs63 = errors;
if(typeof data16 === "string"){
if(func2(data16) < 1){
validate26.errors = [{instancePath:instancePath+"/pic_num",schemaPath:"property.fields.json#/definitions/picNum/allOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema55.allOf[0],data:data16}];
return false;
}
}
var valid21 = _errs63 === errors;
if(valid21){
const _errs64 = errors;
if(errors === _errs64){
if(typeof data16 === "string"){
if(!pattern19.test(data16)){
validate26.errors = [{instancePath:instancePath+"/pic_num",schemaPath:"property.fields.json#/definitions/picNum/allOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]+$"},message:"must match pattern \""+"^[0-9]+$"+"\"",schema:"^[0-9]+$",parentSchema:schema55.allOf[1],data:data16}];
return false;
}
}
}
var valid21 = _errs64 === errors;
if(valid21){
const _errs66 = errors;
if(!((((((((data16 === 0) || (data16 === 1)) || (data16 === 2)) || (data16 === 3)) || (data16 === "0")) || (data16 === "1")) || (data16 === "2")) || (data16 === "3"))){
validate26.errors = [{instancePath:instancePath+"/pic_num",schemaPath:"property.fields.json#/definitions/picNum/allOf/2/enum",keyword:"enum",params:{allowedValues: schema55.allOf[2].enum},message:"must be equal to one of the allowed values",schema:schema55.allOf[2].enum,parentSchema:schema55.allOf[2],data:data16}];
return false;
}
var valid21 = _errs66 === errors;
}
}
var valid0 = _errs60 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pic_url1 !== undefined){
let data17 = data.pic_url1;
const _errs67 = errors;
const _errs68 = errors;
if(errors === _errs68){
if(typeof data17 === "string"){
if(func2(data17) > 1024){
validate26.errors = [{instancePath:instancePath+"/pic_url1",schemaPath:"property.fields.json#/definitions/picUrl/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema56,data:data17}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/pic_url1",schemaPath:"property.fields.json#/definitions/picUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.type,parentSchema:schema56,data:data17}];
return false;
}
}
var valid0 = _errs67 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pic_url2 !== undefined){
let data18 = data.pic_url2;
const _errs70 = errors;
const _errs71 = errors;
if(errors === _errs71){
if(typeof data18 === "string"){
if(func2(data18) > 1024){
validate26.errors = [{instancePath:instancePath+"/pic_url2",schemaPath:"property.fields.json#/definitions/picUrl/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema56,data:data18}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/pic_url2",schemaPath:"property.fields.json#/definitions/picUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.type,parentSchema:schema56,data:data18}];
return false;
}
}
var valid0 = _errs70 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pic_url3 !== undefined){
let data19 = data.pic_url3;
const _errs73 = errors;
const _errs74 = errors;
if(errors === _errs74){
if(typeof data19 === "string"){
if(func2(data19) > 1024){
validate26.errors = [{instancePath:instancePath+"/pic_url3",schemaPath:"property.fields.json#/definitions/picUrl/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema56,data:data19}];
return false;
}
}
else {
validate26.errors = [{instancePath:instancePath+"/pic_url3",schemaPath:"property.fields.json#/definitions/picUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.type,parentSchema:schema56,data:data19}];
return false;
}
}
var valid0 = _errs73 === errors;
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
validate26.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema72.type,parentSchema:schema72,data}];
return false;
}
}
validate26.errors = vErrors;
return errors === 0;
}

export const file14 = validate27;
const schema93 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"purchase.apply.json","title":"purchase/apply data","description":"Orders product_num (1 to 99) of a product on sale. The price is the service's: the unit price is product_disprice if set, else product_price, and the total is unit × num; the client's product_unitprice and product_totalprice must equal them to the cent, else -204 \"price changed\" (show the new price and ask again). 100 \"Product_id not exist\" when the product is not on sale; -204 for a product of the caller's own shop. Answers {purchase_id} (17 digits, as a string); the purchase is \"paying\" until paid, cancelled, or purchase.payMinutes (15) have passed.","type":"object","required":["product_id","product_num","product_unitprice","product_totalprice"],"properties":{"product_id":{"$ref":"shop.fields.json#/definitions/productId"},"product_num":{"type":["integer","string"],"minimum":1,"maximum":99,"allOf":[{"minLength":1},{"pattern":"^[0-9]{1,15}$","x-status":"valueType"},{"pattern":"^0*[1-9][0-9]?$"}]},"product_unitprice":{"$ref":"shop.fields.json#/definitions/money"},"product_totalprice":{"$ref":"shop.fields.json#/definitions/money"}}};
const pattern35 = new RegExp("^0*[1-9][0-9]?$", "u");

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="purchase.apply.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.product_id === undefined) && (missing0 = "product_id")) || ((data.product_num === undefined) && (missing0 = "product_num"))) || ((data.product_unitprice === undefined) && (missing0 = "product_unitprice"))) || ((data.product_totalprice === undefined) && (missing0 = "product_totalprice"))){
validate27.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema93.required,parentSchema:schema93,data}];
return false;
}
else {
if(data.product_id !== undefined){
let data0 = data.product_id;
const _errs1 = errors;
const _errs2 = errors;
if((!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) && (typeof data0 !== "string")){
validate27.errors = [{instancePath:instancePath+"/product_id",schemaPath:"shop.fields.json#/definitions/productId/type",keyword:"type",params:{type: schema28.type},message:"must be integer,string",schema:schema28.type,parentSchema:schema28,data:data0}];
return false;
}
const _errs4 = errors;
if(typeof data0 === "string"){
if(func2(data0) < 1){
validate27.errors = [{instancePath:instancePath+"/product_id",schemaPath:"shop.fields.json#/definitions/productId/allOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema28.allOf[0],data:data0}];
return false;
}
}
var valid2 = _errs4 === errors;
if(valid2){
const _errs5 = errors;
if(errors === _errs5){
if(typeof data0 === "string"){
if(!pattern5.test(data0)){
validate27.errors = [{instancePath:instancePath+"/product_id",schemaPath:"shop.fields.json#/definitions/productId/allOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,15}$"},message:"must match pattern \""+"^[0-9]{1,15}$"+"\"",schema:"^[0-9]{1,15}$",parentSchema:schema28.allOf[1],data:data0}];
return false;
}
}
}
var valid2 = _errs5 === errors;
if(valid2){
const _errs7 = errors;
if(typeof data0 === "string"){
if(!pattern8.test(data0)){
validate27.errors = [{instancePath:instancePath+"/product_id",schemaPath:"shop.fields.json#/definitions/productId/allOf/2/pattern",keyword:"pattern",params:{pattern: "^0*[0-9]{1,7}$"},message:"must match pattern \""+"^0*[0-9]{1,7}$"+"\"",schema:"^0*[0-9]{1,7}$",parentSchema:schema28.allOf[2],data:data0}];
return false;
}
}
var valid2 = _errs7 === errors;
}
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 9999999 || isNaN(data0)){
validate27.errors = [{instancePath:instancePath+"/product_id",schemaPath:"shop.fields.json#/definitions/productId/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9999999},message:"must be <= 9999999",schema:9999999,parentSchema:schema28,data:data0}];
return false;
}
else {
if(data0 < 1 || isNaN(data0)){
validate27.errors = [{instancePath:instancePath+"/product_id",schemaPath:"shop.fields.json#/definitions/productId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema28,data:data0}];
return false;
}
}
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.product_num !== undefined){
let data1 = data.product_num;
const _errs8 = errors;
if((!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))) && (typeof data1 !== "string")){
validate27.errors = [{instancePath:instancePath+"/product_num",schemaPath:"#/properties/product_num/type",keyword:"type",params:{type: schema93.properties.product_num.type},message:"must be integer,string",schema:schema93.properties.product_num.type,parentSchema:schema93.properties.product_num,data:data1}];
return false;
}
const _errs10 = errors;
if(typeof data1 === "string"){
if(func2(data1) < 1){
validate27.errors = [{instancePath:instancePath+"/product_num",schemaPath:"#/properties/product_num/allOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema93.properties.product_num.allOf[0],data:data1}];
return false;
}
}
var valid3 = _errs10 === errors;
if(valid3){
const _errs11 = errors;
if(errors === _errs11){
if(typeof data1 === "string"){
if(!pattern5.test(data1)){
validate27.errors = [{instancePath:instancePath+"/product_num",schemaPath:"#/properties/product_num/allOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,15}$"},message:"must match pattern \""+"^[0-9]{1,15}$"+"\"",schema:"^[0-9]{1,15}$",parentSchema:schema93.properties.product_num.allOf[1],data:data1}];
return false;
}
}
}
var valid3 = _errs11 === errors;
if(valid3){
const _errs13 = errors;
if(typeof data1 === "string"){
if(!pattern35.test(data1)){
validate27.errors = [{instancePath:instancePath+"/product_num",schemaPath:"#/properties/product_num/allOf/2/pattern",keyword:"pattern",params:{pattern: "^0*[1-9][0-9]?$"},message:"must match pattern \""+"^0*[1-9][0-9]?$"+"\"",schema:"^0*[1-9][0-9]?$",parentSchema:schema93.properties.product_num.allOf[2],data:data1}];
return false;
}
}
var valid3 = _errs13 === errors;
}
}
if(errors === _errs8){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 99 || isNaN(data1)){
validate27.errors = [{instancePath:instancePath+"/product_num",schemaPath:"#/properties/product_num/maximum",keyword:"maximum",params:{comparison: "<=", limit: 99},message:"must be <= 99",schema:99,parentSchema:schema93.properties.product_num,data:data1}];
return false;
}
else {
if(data1 < 1 || isNaN(data1)){
validate27.errors = [{instancePath:instancePath+"/product_num",schemaPath:"#/properties/product_num/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema93.properties.product_num,data:data1}];
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
if(data.product_unitprice !== undefined){
let data2 = data.product_unitprice;
const _errs14 = errors;
const _errs15 = errors;
if((!((typeof data2 == "number") && (isFinite(data2)))) && (typeof data2 !== "string")){
validate27.errors = [{instancePath:instancePath+"/product_unitprice",schemaPath:"shop.fields.json#/definitions/money/type",keyword:"type",params:{type: schema21.type},message:"must be number,string",schema:schema21.type,parentSchema:schema21,data:data2}];
return false;
}
const _errs17 = errors;
if(typeof data2 === "string"){
if(func2(data2) < 1){
validate27.errors = [{instancePath:instancePath+"/product_unitprice",schemaPath:"shop.fields.json#/definitions/money/allOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.allOf[0],data:data2}];
return false;
}
}
var valid5 = _errs17 === errors;
if(valid5){
const _errs18 = errors;
if(errors === _errs18){
if(typeof data2 === "string"){
if(!pattern3.test(data2)){
validate27.errors = [{instancePath:instancePath+"/product_unitprice",schemaPath:"shop.fields.json#/definitions/money/allOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*-?[0-9]+(\\.[0-9]+)?\\s*$"},message:"must match pattern \""+"^\\s*-?[0-9]+(\\.[0-9]+)?\\s*$"+"\"",schema:"^\\s*-?[0-9]+(\\.[0-9]+)?\\s*$",parentSchema:schema21.allOf[1],data:data2}];
return false;
}
}
}
var valid5 = _errs18 === errors;
}
if(errors === _errs15){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 1000000 || isNaN(data2)){
validate27.errors = [{instancePath:instancePath+"/product_unitprice",schemaPath:"shop.fields.json#/definitions/money/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:schema21,data:data2}];
return false;
}
else {
if(data2 < 0 || isNaN(data2)){
validate27.errors = [{instancePath:instancePath+"/product_unitprice",schemaPath:"shop.fields.json#/definitions/money/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema21,data:data2}];
return false;
}
}
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.product_totalprice !== undefined){
let data3 = data.product_totalprice;
const _errs20 = errors;
const _errs21 = errors;
if((!((typeof data3 == "number") && (isFinite(data3)))) && (typeof data3 !== "string")){
validate27.errors = [{instancePath:instancePath+"/product_totalprice",schemaPath:"shop.fields.json#/definitions/money/type",keyword:"type",params:{type: schema21.type},message:"must be number,string",schema:schema21.type,parentSchema:schema21,data:data3}];
return false;
}
const _errs23 = errors;
if(typeof data3 === "string"){
if(func2(data3) < 1){
validate27.errors = [{instancePath:instancePath+"/product_totalprice",schemaPath:"shop.fields.json#/definitions/money/allOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.allOf[0],data:data3}];
return false;
}
}
var valid7 = _errs23 === errors;
if(valid7){
const _errs24 = errors;
if(errors === _errs24){
if(typeof data3 === "string"){
if(!pattern3.test(data3)){
validate27.errors = [{instancePath:instancePath+"/product_totalprice",schemaPath:"shop.fields.json#/definitions/money/allOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*-?[0-9]+(\\.[0-9]+)?\\s*$"},message:"must match pattern \""+"^\\s*-?[0-9]+(\\.[0-9]+)?\\s*$"+"\"",schema:"^\\s*-?[0-9]+(\\.[0-9]+)?\\s*$",parentSchema:schema21.allOf[1],data:data3}];
return false;
}
}
}
var valid7 = _errs24 === errors;
}
if(errors === _errs21){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 1000000 || isNaN(data3)){
validate27.errors = [{instancePath:instancePath+"/product_totalprice",schemaPath:"shop.fields.json#/definitions/money/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:schema21,data:data3}];
return false;
}
else {
if(data3 < 0 || isNaN(data3)){
validate27.errors = [{instancePath:instancePath+"/product_totalprice",schemaPath:"shop.fields.json#/definitions/money/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema21,data:data3}];
return false;
}
}
}
}
var valid0 = _errs20 === errors;
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
validate27.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema93.type,parentSchema:schema93,data}];
return false;
}
}
validate27.errors = vErrors;
return errors === 0;
}

export const file15 = validate28;
const schema97 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"purchase.cancel.json","title":"purchase/cancel data","description":"Cancels a purchase the caller made, while it is paying. Answers {}. 100 \"Purchase id not exist\", 101 \"Have no right to operate\" (not the buyer), 201 \"This purchase is not paying state\".","type":"object","required":["purchase_id"],"properties":{"purchase_id":{"$ref":"shop.fields.json#/definitions/purchaseId"}}};
const schema98 = {"description":"17 digits, best sent as a string (a JSON number that long loses digits).","type":["string","integer"],"minimum":1,"allOf":[{"minLength":1},{"pattern":"^[0-9]{1,17}$","x-status":"valueType"}]};
const pattern38 = new RegExp("^[0-9]{1,17}$", "u");

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="purchase.cancel.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.purchase_id === undefined) && (missing0 = "purchase_id")){
validate28.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema97.required,parentSchema:schema97,data}];
return false;
}
else {
if(data.purchase_id !== undefined){
let data0 = data.purchase_id;
const _errs2 = errors;
if((typeof data0 !== "string") && (!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0))))){
validate28.errors = [{instancePath:instancePath+"/purchase_id",schemaPath:"shop.fields.json#/definitions/purchaseId/type",keyword:"type",params:{type: schema98.type},message:"must be string,integer",schema:schema98.type,parentSchema:schema98,data:data0}];
return false;
}
const _errs4 = errors;
if(typeof data0 === "string"){
if(func2(data0) < 1){
validate28.errors = [{instancePath:instancePath+"/purchase_id",schemaPath:"shop.fields.json#/definitions/purchaseId/allOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema98.allOf[0],data:data0}];
return false;
}
}
var valid2 = _errs4 === errors;
if(valid2){
const _errs5 = errors;
if(errors === _errs5){
if(typeof data0 === "string"){
if(!pattern38.test(data0)){
validate28.errors = [{instancePath:instancePath+"/purchase_id",schemaPath:"shop.fields.json#/definitions/purchaseId/allOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,17}$"},message:"must match pattern \""+"^[0-9]{1,17}$"+"\"",schema:"^[0-9]{1,17}$",parentSchema:schema98.allOf[1],data:data0}];
return false;
}
}
}
var valid2 = _errs5 === errors;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate28.errors = [{instancePath:instancePath+"/purchase_id",schemaPath:"shop.fields.json#/definitions/purchaseId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema98,data:data0}];
return false;
}
}
}
}
}
}
else {
validate28.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema97.type,parentSchema:schema97,data}];
return false;
}
}
validate28.errors = vErrors;
return errors === 0;
}

export const file16 = validate29;
const schema99 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"purchase.info.json","title":"purchase/info data","description":"One purchase, for its buyer or its seller: {purchase_id, purchase_state (paying, finish or cancel; an unpaid purchase past its deadline is cancel), user_id (the buyer, an integer), purchase_type, purchase_price, creat_time, pay_method (\"\" until paid), product_id, product_num, product_unitprice, product_totalprice, pay_time, shop_id}. 100 \"Purchase id not exist\", 101 \"Have no right to operate\".","type":"object","required":["purchase_id"],"properties":{"purchase_id":{"$ref":"shop.fields.json#/definitions/purchaseId"}}};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="purchase.info.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.purchase_id === undefined) && (missing0 = "purchase_id")){
validate29.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema99.required,parentSchema:schema99,data}];
return false;
}
else {
if(data.purchase_id !== undefined){
let data0 = data.purchase_id;
const _errs2 = errors;
if((typeof data0 !== "string") && (!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0))))){
validate29.errors = [{instancePath:instancePath+"/purchase_id",schemaPath:"shop.fields.json#/definitions/purchaseId/type",keyword:"type",params:{type: schema98.type},message:"must be string,integer",schema:schema98.type,parentSchema:schema98,data:data0}];
return false;
}
const _errs4 = errors;
if(typeof data0 === "string"){
if(func2(data0) < 1){
validate29.errors = [{instancePath:instancePath+"/purchase_id",schemaPath:"shop.fields.json#/definitions/purchaseId/allOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema98.allOf[0],data:data0}];
return false;
}
}
var valid2 = _errs4 === errors;
if(valid2){
const _errs5 = errors;
if(errors === _errs5){
if(typeof data0 === "string"){
if(!pattern38.test(data0)){
validate29.errors = [{instancePath:instancePath+"/purchase_id",schemaPath:"shop.fields.json#/definitions/purchaseId/allOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,17}$"},message:"must match pattern \""+"^[0-9]{1,17}$"+"\"",schema:"^[0-9]{1,17}$",parentSchema:schema98.allOf[1],data:data0}];
return false;
}
}
}
var valid2 = _errs5 === errors;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate29.errors = [{instancePath:instancePath+"/purchase_id",schemaPath:"shop.fields.json#/definitions/purchaseId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema98,data:data0}];
return false;
}
}
}
}
}
}
else {
validate29.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema99.type,parentSchema:schema99,data}];
return false;
}
}
validate29.errors = vErrors;
return errors === 0;
}

export const file17 = validate30;
const schema101 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"purchase.list.json","title":"purchase/list data","description":"The caller's purchases (role buyer, the default) or the purchases from the caller's shops (role seller), newest first, optionally of one state. Answers {num, list} as the original did: num is the rows of this page, list its rows {purchase_id, purchase_state, user_id (the buyer, an integer), purchase_type, purchase_price, creat_time, pay_method, product_id, product_num, shop_id}; an empty page is status 0 with {num: 0, list: []}.","type":"object","properties":{"role":{"type":"string","enum":["buyer","seller"]},"state":{"type":"string","enum":["paying","finish","cancel"]},"limit":{"$ref":"shop.fields.json#/definitions/limit"},"offset":{"$ref":"shop.fields.json#/definitions/offset"}}};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="purchase.list.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.role !== undefined){
let data0 = data.role;
const _errs1 = errors;
if(typeof data0 !== "string"){
validate30.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema101.properties.role.type,parentSchema:schema101.properties.role,data:data0}];
return false;
}
if(!((data0 === "buyer") || (data0 === "seller"))){
validate30.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/enum",keyword:"enum",params:{allowedValues: schema101.properties.role.enum},message:"must be equal to one of the allowed values",schema:schema101.properties.role.enum,parentSchema:schema101.properties.role,data:data0}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
let data1 = data.state;
const _errs3 = errors;
if(typeof data1 !== "string"){
validate30.errors = [{instancePath:instancePath+"/state",schemaPath:"#/properties/state/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema101.properties.state.type,parentSchema:schema101.properties.state,data:data1}];
return false;
}
if(!(((data1 === "paying") || (data1 === "finish")) || (data1 === "cancel"))){
validate30.errors = [{instancePath:instancePath+"/state",schemaPath:"#/properties/state/enum",keyword:"enum",params:{allowedValues: schema101.properties.state.enum},message:"must be equal to one of the allowed values",schema:schema101.properties.state.enum,parentSchema:schema101.properties.state,data:data1}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.limit !== undefined){
let data2 = data.limit;
const _errs5 = errors;
const _errs6 = errors;
if((!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))) && (typeof data2 !== "string")){
validate30.errors = [{instancePath:instancePath+"/limit",schemaPath:"shop.fields.json#/definitions/limit/type",keyword:"type",params:{type: schema32.type},message:"must be integer,string",schema:schema32.type,parentSchema:schema32,data:data2}];
return false;
}
if(errors === _errs6){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 200 || isNaN(data2)){
validate30.errors = [{instancePath:instancePath+"/limit",schemaPath:"shop.fields.json#/definitions/limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 200},message:"must be <= 200",schema:200,parentSchema:schema32,data:data2}];
return false;
}
else {
if(data2 < 1 || isNaN(data2)){
validate30.errors = [{instancePath:instancePath+"/limit",schemaPath:"shop.fields.json#/definitions/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema32,data:data2}];
return false;
}
}
}
if(errors === _errs6){
if(typeof data2 === "string"){
if(!pattern11.test(data2)){
validate30.errors = [{instancePath:instancePath+"/limit",schemaPath:"shop.fields.json#/definitions/limit/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,3}$"},message:"must match pattern \""+"^[0-9]{1,3}$"+"\"",schema:"^[0-9]{1,3}$",parentSchema:schema32,data:data2}];
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
if(data.offset !== undefined){
let data3 = data.offset;
const _errs9 = errors;
const _errs10 = errors;
if((!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))) && (typeof data3 !== "string")){
validate30.errors = [{instancePath:instancePath+"/offset",schemaPath:"shop.fields.json#/definitions/offset/type",keyword:"type",params:{type: schema33.type},message:"must be integer,string",schema:schema33.type,parentSchema:schema33,data:data3}];
return false;
}
if(errors === _errs10){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 1000000000 || isNaN(data3)){
validate30.errors = [{instancePath:instancePath+"/offset",schemaPath:"shop.fields.json#/definitions/offset/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000},message:"must be <= 1000000000",schema:1000000000,parentSchema:schema33,data:data3}];
return false;
}
else {
if(data3 < 0 || isNaN(data3)){
validate30.errors = [{instancePath:instancePath+"/offset",schemaPath:"shop.fields.json#/definitions/offset/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema33,data:data3}];
return false;
}
}
}
if(errors === _errs10){
if(typeof data3 === "string"){
if(!pattern12.test(data3)){
validate30.errors = [{instancePath:instancePath+"/offset",schemaPath:"shop.fields.json#/definitions/offset/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,10}$"},message:"must match pattern \""+"^[0-9]{1,10}$"+"\"",schema:"^[0-9]{1,10}$",parentSchema:schema33,data:data3}];
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
}
}
}
}
else {
validate30.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema101.type,parentSchema:schema101,data}];
return false;
}
}
validate30.errors = vErrors;
return errors === 0;
}

export const file18 = validate31;
const schema104 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"purchase.pay.json","title":"purchase/pay data","description":"Pays a purchase from the buyer's wallet, in one transaction: the purchase goes from paying to finish (only if still paying and not expired), the product must still be on sale and its sale count grows, the buyer's balance goes down by the price agreed at apply (only if it stays at or above 0), the seller is credited (only if the wallet stays at or below 9999999999.99). Any refusal changes nothing. Answers {}. Local statuses: 100 \"Purchase id not exist\", 101 \"Have no right to operate\" (not the buyer), 102 \"Balance is not enough\", 103 \"The seller's wallet is full\", 200 \"Pay method not allow\" (only \"wallet\"), 201 \"This purchase is not paying state\" (paid, cancelled or expired), 202 \"The product is not on sale\" (withdrawn or deleted since apply).","type":"object","required":["purchase_id","method"],"properties":{"purchase_id":{"$ref":"shop.fields.json#/definitions/purchaseId"},"method":{"type":"string","enum":["wallet"],"x-status":"payMethodNotAllowed"}}};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="purchase.pay.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.purchase_id === undefined) && (missing0 = "purchase_id")) || ((data.method === undefined) && (missing0 = "method"))){
validate31.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema104.required,parentSchema:schema104,data}];
return false;
}
else {
if(data.purchase_id !== undefined){
let data0 = data.purchase_id;
const _errs1 = errors;
const _errs2 = errors;
if((typeof data0 !== "string") && (!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0))))){
validate31.errors = [{instancePath:instancePath+"/purchase_id",schemaPath:"shop.fields.json#/definitions/purchaseId/type",keyword:"type",params:{type: schema98.type},message:"must be string,integer",schema:schema98.type,parentSchema:schema98,data:data0}];
return false;
}
const _errs4 = errors;
if(typeof data0 === "string"){
if(func2(data0) < 1){
validate31.errors = [{instancePath:instancePath+"/purchase_id",schemaPath:"shop.fields.json#/definitions/purchaseId/allOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema98.allOf[0],data:data0}];
return false;
}
}
var valid2 = _errs4 === errors;
if(valid2){
const _errs5 = errors;
if(errors === _errs5){
if(typeof data0 === "string"){
if(!pattern38.test(data0)){
validate31.errors = [{instancePath:instancePath+"/purchase_id",schemaPath:"shop.fields.json#/definitions/purchaseId/allOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,17}$"},message:"must match pattern \""+"^[0-9]{1,17}$"+"\"",schema:"^[0-9]{1,17}$",parentSchema:schema98.allOf[1],data:data0}];
return false;
}
}
}
var valid2 = _errs5 === errors;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
validate31.errors = [{instancePath:instancePath+"/purchase_id",schemaPath:"shop.fields.json#/definitions/purchaseId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema98,data:data0}];
return false;
}
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.method !== undefined){
let data1 = data.method;
const _errs7 = errors;
if(typeof data1 !== "string"){
validate31.errors = [{instancePath:instancePath+"/method",schemaPath:"#/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema104.properties.method.type,parentSchema:schema104.properties.method,data:data1}];
return false;
}
if(!(data1 === "wallet")){
validate31.errors = [{instancePath:instancePath+"/method",schemaPath:"#/properties/method/enum",keyword:"enum",params:{allowedValues: schema104.properties.method.enum},message:"must be equal to one of the allowed values",schema:schema104.properties.method.enum,parentSchema:schema104.properties.method,data:data1}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate31.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema104.type,parentSchema:schema104,data}];
return false;
}
}
validate31.errors = vErrors;
return errors === 0;
}

export const file19 = validate32;
const schema106 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"shop.creat.json","title":"shop/creat (alias shop/create) data","description":"Opens a shop owned by the token's user. Answers {shop_id} (9 digits, random). shop_id and creat_time in the request are ignored. 100 the name is taken; 101 the user already has the maximum number of shops (3 by default).","type":"object","required":["shop_name"],"properties":{"shop_name":{"description":"Unique, and never changes.","$ref":"shop.fields.json#/definitions/shopName"},"shop_content":{"type":"string","maxLength":10000},"user_id":{"description":"Must be the token's user when given.","type":["string","integer"],"maxLength":32}}};
const schema107 = {"description":"Leading and trailing white space is trimmed first, so names compare the same on every database.","type":"string","transform":["trim"],"minLength":1,"maxLength":100};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="shop.creat.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.shop_name === undefined) && (missing0 = "shop_name")){
validate32.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema106.required,parentSchema:schema106,data}];
return false;
}
else {
if(data.shop_name !== undefined){
let data0 = data.shop_name;
const _errs1 = errors;
const _errs2 = errors;
if(typeof data0 == "string" && data !== undefined){
data0 = func8(data0);
data["shop_name"] = data0;
}
if(errors === _errs2){
if(typeof data0 === "string"){
if(func2(data0) > 100){
validate32.errors = [{instancePath:instancePath+"/shop_name",schemaPath:"shop.fields.json#/definitions/shopName/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema107,data:data0}];
return false;
}
else {
if(func2(data0) < 1){
validate32.errors = [{instancePath:instancePath+"/shop_name",schemaPath:"shop.fields.json#/definitions/shopName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema107,data:data0}];
return false;
}
}
}
else {
validate32.errors = [{instancePath:instancePath+"/shop_name",schemaPath:"shop.fields.json#/definitions/shopName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.type,parentSchema:schema107,data:data0}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.shop_content !== undefined){
let data1 = data.shop_content;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func2(data1) > 10000){
validate32.errors = [{instancePath:instancePath+"/shop_content",schemaPath:"#/properties/shop_content/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters",schema:10000,parentSchema:schema106.properties.shop_content,data:data1}];
return false;
}
}
else {
validate32.errors = [{instancePath:instancePath+"/shop_content",schemaPath:"#/properties/shop_content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema106.properties.shop_content.type,parentSchema:schema106.properties.shop_content,data:data1}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user_id !== undefined){
let data2 = data.user_id;
const _errs6 = errors;
if((typeof data2 !== "string") && (!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2))))){
validate32.errors = [{instancePath:instancePath+"/user_id",schemaPath:"#/properties/user_id/type",keyword:"type",params:{type: schema106.properties.user_id.type},message:"must be string,integer",schema:schema106.properties.user_id.type,parentSchema:schema106.properties.user_id,data:data2}];
return false;
}
if(errors === _errs6){
if(typeof data2 === "string"){
if(func2(data2) > 32){
validate32.errors = [{instancePath:instancePath+"/user_id",schemaPath:"#/properties/user_id/maxLength",keyword:"maxLength",params:{limit: 32},message:"must NOT have more than 32 characters",schema:32,parentSchema:schema106.properties.user_id,data:data2}];
return false;
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
}
}
else {
validate32.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema106.type,parentSchema:schema106,data}];
return false;
}
}
validate32.errors = vErrors;
return errors === 0;
}

export const file20 = validate18;
const schema19 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"shop.fields.json","title":"Student platform fields","description":"Field definitions shared by the shop, picture, product and purchase APIs. Ids and counts may be sent as integers or strings of digits; amounts of money as numbers or numeric strings, in yuan, with at most 2 decimals.","definitions":{"shopId":{"description":"9 digits; a larger number names no shop.","type":["integer","string"],"minimum":1,"maximum":999999999,"allOf":[{"minLength":1},{"pattern":"^[0-9]{1,15}$","x-status":"valueType"},{"pattern":"^0*[0-9]{1,9}$"}]},"shopName":{"description":"Leading and trailing white space is trimmed first, so names compare the same on every database.","type":"string","transform":["trim"],"minLength":1,"maxLength":100},"limit":{"description":"Rows in the page: 1 to 200, an integer or a string of digits; 50 when missing. Anything else is -204.","type":["integer","string"],"minimum":1,"maximum":200,"pattern":"^[0-9]{1,3}$","x-status":"valueError"},"offset":{"description":"Rows to skip: 0 to 1000000000, an integer or a string of digits; 0 when missing. Anything else is -204.","type":["integer","string"],"minimum":0,"maximum":1000000000,"pattern":"^[0-9]{1,10}$","x-status":"valueError"},"order":{"description":"A comma-separated list of \"<column> ASC|DESC\" over the list's columns; ties are broken by the id.","type":"string","maxLength":500},"picUrl":{"type":"string","maxLength":512},"productId":{"description":"7 digits; a larger number names no product.","type":["integer","string"],"minimum":1,"maximum":9999999,"allOf":[{"minLength":1},{"pattern":"^[0-9]{1,15}$","x-status":"valueType"},{"pattern":"^0*[0-9]{1,7}$"}]},"money":{"description":"Yuan, 0 to 1000000, at most 2 decimals (more: -204), as a number or a numeric string.","type":["number","string"],"minimum":0,"maximum":1000000,"allOf":[{"minLength":1},{"pattern":"^\\s*-?[0-9]+(\\.[0-9]+)?\\s*$","x-status":"valueType"}]},"productName":{"type":"string","transform":["trim"],"minLength":1,"maxLength":100},"productContent":{"description":"Stored and answered verbatim (HTML included: escaping is the client's job).","type":"string","maxLength":5000},"productKey":{"description":"Keywords, separated by \"|\".","type":"string","maxLength":255},"purchaseId":{"description":"17 digits, best sent as a string (a JSON number that long loses digits).","type":["string","integer"],"minimum":1,"allOf":[{"minLength":1},{"pattern":"^[0-9]{1,17}$","x-status":"valueType"}]}}};

function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="shop.fields.json" */;
validate18.errors = null;
return true;
}

export const file21 = validate33;
const schema108 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"shop.info.json","title":"shop/info data","description":"One shop, by shop_id or by its exact name (shop_id wins when both are given); -202 when neither is. Answers {shop_id, shop_name, shop_content, user_id (an integer), user_name (the owner's name, \"\" when none), creat_time, pic_url}; status 1 \"Empty records\" with {} when there is no such shop.","type":"object","x-status":"missingKey","anyOf":[{"required":["shop_id"]},{"required":["shop_name"]}],"properties":{"shop_id":{"$ref":"shop.fields.json#/definitions/shopId"},"shop_name":{"$ref":"shop.fields.json#/definitions/shopName"}}};

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="shop.info.json" */;
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid0 = false;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.shop_id === undefined) && (missing0 = "shop_id")){
const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema108.anyOf[0].required,parentSchema:schema108.anyOf[0],data};
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
const err1 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'",schema:schema108.anyOf[1].required,parentSchema:schema108.anyOf[1],data};
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
const err2 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema108.anyOf,parentSchema:schema108,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate33.errors = vErrors;
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
const _errs5 = errors;
const _errs6 = errors;
if((!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) && (typeof data0 !== "string")){
validate33.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/type",keyword:"type",params:{type: schema23.type},message:"must be integer,string",schema:schema23.type,parentSchema:schema23,data:data0}];
return false;
}
const _errs8 = errors;
if(typeof data0 === "string"){
if(func2(data0) < 1){
validate33.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/allOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema23.allOf[0],data:data0}];
return false;
}
}
var valid3 = _errs8 === errors;
if(valid3){
const _errs9 = errors;
if(errors === _errs9){
if(typeof data0 === "string"){
if(!pattern5.test(data0)){
validate33.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/allOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,15}$"},message:"must match pattern \""+"^[0-9]{1,15}$"+"\"",schema:"^[0-9]{1,15}$",parentSchema:schema23.allOf[1],data:data0}];
return false;
}
}
}
var valid3 = _errs9 === errors;
if(valid3){
const _errs11 = errors;
if(typeof data0 === "string"){
if(!pattern6.test(data0)){
validate33.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/allOf/2/pattern",keyword:"pattern",params:{pattern: "^0*[0-9]{1,9}$"},message:"must match pattern \""+"^0*[0-9]{1,9}$"+"\"",schema:"^0*[0-9]{1,9}$",parentSchema:schema23.allOf[2],data:data0}];
return false;
}
}
var valid3 = _errs11 === errors;
}
}
if(errors === _errs6){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 999999999 || isNaN(data0)){
validate33.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/maximum",keyword:"maximum",params:{comparison: "<=", limit: 999999999},message:"must be <= 999999999",schema:999999999,parentSchema:schema23,data:data0}];
return false;
}
else {
if(data0 < 1 || isNaN(data0)){
validate33.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema23,data:data0}];
return false;
}
}
}
}
var valid1 = _errs5 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.shop_name !== undefined){
let data1 = data.shop_name;
const _errs12 = errors;
const _errs13 = errors;
if(typeof data1 == "string" && data !== undefined){
data1 = func8(data1);
data["shop_name"] = data1;
}
if(errors === _errs13){
if(typeof data1 === "string"){
if(func2(data1) > 100){
validate33.errors = [{instancePath:instancePath+"/shop_name",schemaPath:"shop.fields.json#/definitions/shopName/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema107,data:data1}];
return false;
}
else {
if(func2(data1) < 1){
validate33.errors = [{instancePath:instancePath+"/shop_name",schemaPath:"shop.fields.json#/definitions/shopName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema107,data:data1}];
return false;
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/shop_name",schemaPath:"shop.fields.json#/definitions/shopName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.type,parentSchema:schema107,data:data1}];
return false;
}
}
var valid1 = _errs12 === errors;
}
else {
var valid1 = true;
}
}
}
else {
validate33.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema108.type,parentSchema:schema108,data}];
return false;
}
}
validate33.errors = vErrors;
return errors === 0;
}

export const file22 = validate34;
const schema111 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"shop.list.json","title":"shop/list data","description":"Lists shops: mode 0 (default) every shop whose name contains shop_name (case-insensitive; empty: all), in `order`; mode 1 the caller's own shops (shop_name and order ignored). Answers an array of {shop_id, shop_name, shop_content, user_id (an integer), user_name (the owner's name in the account service's users table, \"\" when it has none), creat_time, pic_url}; status 1 \"Empty records\" with [] when there are none.","type":"object","properties":{"shop_name":{"description":"A fragment of the name; % and _ match themselves.","type":"string","maxLength":100},"order":{"$ref":"shop.fields.json#/definitions/order"},"mode":{"type":["integer","string"],"enum":[0,1,"0","1"]},"limit":{"$ref":"shop.fields.json#/definitions/limit"},"offset":{"$ref":"shop.fields.json#/definitions/offset"}}};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="shop.list.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.shop_name !== undefined){
let data0 = data.shop_name;
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(func2(data0) > 100){
validate34.errors = [{instancePath:instancePath+"/shop_name",schemaPath:"#/properties/shop_name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema111.properties.shop_name,data:data0}];
return false;
}
}
else {
validate34.errors = [{instancePath:instancePath+"/shop_name",schemaPath:"#/properties/shop_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema111.properties.shop_name.type,parentSchema:schema111.properties.shop_name,data:data0}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.order !== undefined){
let data1 = data.order;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func2(data1) > 500){
validate34.errors = [{instancePath:instancePath+"/order",schemaPath:"shop.fields.json#/definitions/order/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema31,data:data1}];
return false;
}
}
else {
validate34.errors = [{instancePath:instancePath+"/order",schemaPath:"shop.fields.json#/definitions/order/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.type,parentSchema:schema31,data:data1}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.mode !== undefined){
let data2 = data.mode;
const _errs6 = errors;
if((!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))) && (typeof data2 !== "string")){
validate34.errors = [{instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/type",keyword:"type",params:{type: schema111.properties.mode.type},message:"must be integer,string",schema:schema111.properties.mode.type,parentSchema:schema111.properties.mode,data:data2}];
return false;
}
if(!((((data2 === 0) || (data2 === 1)) || (data2 === "0")) || (data2 === "1"))){
validate34.errors = [{instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/enum",keyword:"enum",params:{allowedValues: schema111.properties.mode.enum},message:"must be equal to one of the allowed values",schema:schema111.properties.mode.enum,parentSchema:schema111.properties.mode,data:data2}];
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
validate34.errors = [{instancePath:instancePath+"/limit",schemaPath:"shop.fields.json#/definitions/limit/type",keyword:"type",params:{type: schema32.type},message:"must be integer,string",schema:schema32.type,parentSchema:schema32,data:data3}];
return false;
}
if(errors === _errs9){
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 200 || isNaN(data3)){
validate34.errors = [{instancePath:instancePath+"/limit",schemaPath:"shop.fields.json#/definitions/limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 200},message:"must be <= 200",schema:200,parentSchema:schema32,data:data3}];
return false;
}
else {
if(data3 < 1 || isNaN(data3)){
validate34.errors = [{instancePath:instancePath+"/limit",schemaPath:"shop.fields.json#/definitions/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema32,data:data3}];
return false;
}
}
}
if(errors === _errs9){
if(typeof data3 === "string"){
if(!pattern11.test(data3)){
validate34.errors = [{instancePath:instancePath+"/limit",schemaPath:"shop.fields.json#/definitions/limit/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,3}$"},message:"must match pattern \""+"^[0-9]{1,3}$"+"\"",schema:"^[0-9]{1,3}$",parentSchema:schema32,data:data3}];
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
validate34.errors = [{instancePath:instancePath+"/offset",schemaPath:"shop.fields.json#/definitions/offset/type",keyword:"type",params:{type: schema33.type},message:"must be integer,string",schema:schema33.type,parentSchema:schema33,data:data4}];
return false;
}
if(errors === _errs13){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 1000000000 || isNaN(data4)){
validate34.errors = [{instancePath:instancePath+"/offset",schemaPath:"shop.fields.json#/definitions/offset/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000},message:"must be <= 1000000000",schema:1000000000,parentSchema:schema33,data:data4}];
return false;
}
else {
if(data4 < 0 || isNaN(data4)){
validate34.errors = [{instancePath:instancePath+"/offset",schemaPath:"shop.fields.json#/definitions/offset/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema33,data:data4}];
return false;
}
}
}
if(errors === _errs13){
if(typeof data4 === "string"){
if(!pattern12.test(data4)){
validate34.errors = [{instancePath:instancePath+"/offset",schemaPath:"shop.fields.json#/definitions/offset/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,10}$"},message:"must match pattern \""+"^[0-9]{1,10}$"+"\"",schema:"^[0-9]{1,10}$",parentSchema:schema33,data:data4}];
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
validate34.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema111.type,parentSchema:schema111,data}];
return false;
}
}
validate34.errors = vErrors;
return errors === 0;
}

export const file23 = validate35;
const schema115 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"shop.update.json","title":"shop/update data","description":"Changes a shop's content and/or picture (one of them is required: -202). Answers {}. 100 \"No right to update\" when the caller does not own the shop; -204 when there is no such shop.","type":"object","required":["shop_id"],"x-status":"missingKey","anyOf":[{"required":["shop_content"]},{"required":["pic_url"]}],"properties":{"shop_id":{"$ref":"shop.fields.json#/definitions/shopId"},"shop_content":{"type":"string","maxLength":10000},"pic_url":{"$ref":"shop.fields.json#/definitions/picUrl"}}};

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="shop.update.json" */;
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid0 = false;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.shop_content === undefined) && (missing0 = "shop_content")){
const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema115.anyOf[0].required,parentSchema:schema115.anyOf[0],data};
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
const err1 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'",schema:schema115.anyOf[1].required,parentSchema:schema115.anyOf[1],data};
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
const err2 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema115.anyOf,parentSchema:schema115,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate35.errors = vErrors;
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
validate35.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'",schema:schema115.required,parentSchema:schema115,data}];
return false;
}
else {
if(data.shop_id !== undefined){
let data0 = data.shop_id;
const _errs5 = errors;
const _errs6 = errors;
if((!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) && (typeof data0 !== "string")){
validate35.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/type",keyword:"type",params:{type: schema23.type},message:"must be integer,string",schema:schema23.type,parentSchema:schema23,data:data0}];
return false;
}
const _errs8 = errors;
if(typeof data0 === "string"){
if(func2(data0) < 1){
validate35.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/allOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema23.allOf[0],data:data0}];
return false;
}
}
var valid3 = _errs8 === errors;
if(valid3){
const _errs9 = errors;
if(errors === _errs9){
if(typeof data0 === "string"){
if(!pattern5.test(data0)){
validate35.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/allOf/1/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,15}$"},message:"must match pattern \""+"^[0-9]{1,15}$"+"\"",schema:"^[0-9]{1,15}$",parentSchema:schema23.allOf[1],data:data0}];
return false;
}
}
}
var valid3 = _errs9 === errors;
if(valid3){
const _errs11 = errors;
if(typeof data0 === "string"){
if(!pattern6.test(data0)){
validate35.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/allOf/2/pattern",keyword:"pattern",params:{pattern: "^0*[0-9]{1,9}$"},message:"must match pattern \""+"^0*[0-9]{1,9}$"+"\"",schema:"^0*[0-9]{1,9}$",parentSchema:schema23.allOf[2],data:data0}];
return false;
}
}
var valid3 = _errs11 === errors;
}
}
if(errors === _errs6){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 999999999 || isNaN(data0)){
validate35.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/maximum",keyword:"maximum",params:{comparison: "<=", limit: 999999999},message:"must be <= 999999999",schema:999999999,parentSchema:schema23,data:data0}];
return false;
}
else {
if(data0 < 1 || isNaN(data0)){
validate35.errors = [{instancePath:instancePath+"/shop_id",schemaPath:"shop.fields.json#/definitions/shopId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema23,data:data0}];
return false;
}
}
}
}
var valid1 = _errs5 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.shop_content !== undefined){
let data1 = data.shop_content;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data1 === "string"){
if(func2(data1) > 10000){
validate35.errors = [{instancePath:instancePath+"/shop_content",schemaPath:"#/properties/shop_content/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters",schema:10000,parentSchema:schema115.properties.shop_content,data:data1}];
return false;
}
}
else {
validate35.errors = [{instancePath:instancePath+"/shop_content",schemaPath:"#/properties/shop_content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema115.properties.shop_content.type,parentSchema:schema115.properties.shop_content,data:data1}];
return false;
}
}
var valid1 = _errs12 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.pic_url !== undefined){
let data2 = data.pic_url;
const _errs14 = errors;
const _errs15 = errors;
if(errors === _errs15){
if(typeof data2 === "string"){
if(func2(data2) > 512){
validate35.errors = [{instancePath:instancePath+"/pic_url",schemaPath:"shop.fields.json#/definitions/picUrl/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters",schema:512,parentSchema:schema26,data:data2}];
return false;
}
}
else {
validate35.errors = [{instancePath:instancePath+"/pic_url",schemaPath:"shop.fields.json#/definitions/picUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.type,parentSchema:schema26,data:data2}];
return false;
}
}
var valid1 = _errs14 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
else {
validate35.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema115.type,parentSchema:schema115,data}];
return false;
}
}
validate35.errors = vErrors;
return errors === 0;
}

export const file24 = validate36;
const schema118 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"sms.generate.json","title":"sms/generate data","description":"Sends a verification code by SMS after an image captcha is solved. Answers {rand}; the SMS hash is md5(code + rand), valid 3 minutes. 1016 bad phone; 1023/1024/1025 per-phone limits; -405 per-client limit; -4 image-captcha hash wrong, used or expired.","type":"object","required":["phone","hash"],"additionalProperties":false,"properties":{"phone":{"description":"A mainland China mobile number as text, optionally prefixed by +86 or 86.","type":"string","pattern":"^(\\+?86)?1[3-9][0-9]{9}$","x-status":"smsPhoneFormat"},"hash":{"description":"md5(lowercase(image code) + image rand).","type":"string","maxLength":64,"x-status":"hash"}}};
const pattern49 = new RegExp("^(\\+?86)?1[3-9][0-9]{9}$", "u");

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="sms.generate.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.phone === undefined) && (missing0 = "phone")) || ((data.hash === undefined) && (missing0 = "hash"))){
validate36.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema118.required,parentSchema:schema118,data}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "phone") || (key0 === "hash"))){
validate36.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema118,data}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.phone !== undefined){
let data0 = data.phone;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(!pattern49.test(data0)){
validate36.errors = [{instancePath:instancePath+"/phone",schemaPath:"#/properties/phone/pattern",keyword:"pattern",params:{pattern: "^(\\+?86)?1[3-9][0-9]{9}$"},message:"must match pattern \""+"^(\\+?86)?1[3-9][0-9]{9}$"+"\"",schema:"^(\\+?86)?1[3-9][0-9]{9}$",parentSchema:schema118.properties.phone,data:data0}];
return false;
}
}
else {
validate36.errors = [{instancePath:instancePath+"/phone",schemaPath:"#/properties/phone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema118.properties.phone.type,parentSchema:schema118.properties.phone,data:data0}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.hash !== undefined){
let data1 = data.hash;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data1 === "string"){
if(func2(data1) > 64){
validate36.errors = [{instancePath:instancePath+"/hash",schemaPath:"#/properties/hash/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema118.properties.hash,data:data1}];
return false;
}
}
else {
validate36.errors = [{instancePath:instancePath+"/hash",schemaPath:"#/properties/hash/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema118.properties.hash.type,parentSchema:schema118.properties.hash,data:data1}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate36.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema118.type,parentSchema:schema118,data}];
return false;
}
}
validate36.errors = vErrors;
return errors === 0;
}

export const file25 = validate37;
const schema119 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"sms.validate.json","title":"sms/validate data","description":"Consumes an SMS hash: 0 the first time (and only for its phone, when phone is given); -4 when it is wrong, used, expired or another phone's.","type":"object","required":["hash"],"additionalProperties":false,"properties":{"hash":{"type":"string","maxLength":64,"x-status":"hash"},"phone":{"type":"string","pattern":"^(\\+?86)?1[3-9][0-9]{9}$","x-status":"hash"}}};

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="sms.validate.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.hash === undefined) && (missing0 = "hash")){
validate37.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'",schema:schema119.required,parentSchema:schema119,data}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "hash") || (key0 === "phone"))){
validate37.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema119,data}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.hash !== undefined){
let data0 = data.hash;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func2(data0) > 64){
validate37.errors = [{instancePath:instancePath+"/hash",schemaPath:"#/properties/hash/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema119.properties.hash,data:data0}];
return false;
}
}
else {
validate37.errors = [{instancePath:instancePath+"/hash",schemaPath:"#/properties/hash/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema119.properties.hash.type,parentSchema:schema119.properties.hash,data:data0}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.phone !== undefined){
let data1 = data.phone;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data1 === "string"){
if(!pattern49.test(data1)){
validate37.errors = [{instancePath:instancePath+"/phone",schemaPath:"#/properties/phone/pattern",keyword:"pattern",params:{pattern: "^(\\+?86)?1[3-9][0-9]{9}$"},message:"must match pattern \""+"^(\\+?86)?1[3-9][0-9]{9}$"+"\"",schema:"^(\\+?86)?1[3-9][0-9]{9}$",parentSchema:schema119.properties.phone,data:data1}];
return false;
}
}
else {
validate37.errors = [{instancePath:instancePath+"/phone",schemaPath:"#/properties/phone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema119.properties.phone.type,parentSchema:schema119.properties.phone,data:data1}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate37.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema119.type,parentSchema:schema119,data}];
return false;
}
}
validate37.errors = vErrors;
return errors === 0;
}

export const file26 = validate38;
const schema120 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"wallet.info.json","title":"wallet/info data","description":"The caller's own wallet: {balance, ledger, num}. balance is yuan (a JSON number); ledger is a page of the wallet's changes, newest first: {time, kind (credit, pay or income), amount (signed yuan), purchase_id (null for a credit)}; num is the rows of this page. A user without a wallet has balance 0 and an empty ledger (status 0).","type":"object","properties":{"limit":{"$ref":"shop.fields.json#/definitions/limit"},"offset":{"$ref":"shop.fields.json#/definitions/offset"}}};

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="wallet.info.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.limit !== undefined){
let data0 = data.limit;
const _errs1 = errors;
const _errs2 = errors;
if((!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) && (typeof data0 !== "string")){
validate38.errors = [{instancePath:instancePath+"/limit",schemaPath:"shop.fields.json#/definitions/limit/type",keyword:"type",params:{type: schema32.type},message:"must be integer,string",schema:schema32.type,parentSchema:schema32,data:data0}];
return false;
}
if(errors === _errs2){
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 200 || isNaN(data0)){
validate38.errors = [{instancePath:instancePath+"/limit",schemaPath:"shop.fields.json#/definitions/limit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 200},message:"must be <= 200",schema:200,parentSchema:schema32,data:data0}];
return false;
}
else {
if(data0 < 1 || isNaN(data0)){
validate38.errors = [{instancePath:instancePath+"/limit",schemaPath:"shop.fields.json#/definitions/limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema32,data:data0}];
return false;
}
}
}
if(errors === _errs2){
if(typeof data0 === "string"){
if(!pattern11.test(data0)){
validate38.errors = [{instancePath:instancePath+"/limit",schemaPath:"shop.fields.json#/definitions/limit/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,3}$"},message:"must match pattern \""+"^[0-9]{1,3}$"+"\"",schema:"^[0-9]{1,3}$",parentSchema:schema32,data:data0}];
return false;
}
}
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.offset !== undefined){
let data1 = data.offset;
const _errs5 = errors;
const _errs6 = errors;
if((!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))) && (typeof data1 !== "string")){
validate38.errors = [{instancePath:instancePath+"/offset",schemaPath:"shop.fields.json#/definitions/offset/type",keyword:"type",params:{type: schema33.type},message:"must be integer,string",schema:schema33.type,parentSchema:schema33,data:data1}];
return false;
}
if(errors === _errs6){
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 1000000000 || isNaN(data1)){
validate38.errors = [{instancePath:instancePath+"/offset",schemaPath:"shop.fields.json#/definitions/offset/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000},message:"must be <= 1000000000",schema:1000000000,parentSchema:schema33,data:data1}];
return false;
}
else {
if(data1 < 0 || isNaN(data1)){
validate38.errors = [{instancePath:instancePath+"/offset",schemaPath:"shop.fields.json#/definitions/offset/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema33,data:data1}];
return false;
}
}
}
if(errors === _errs6){
if(typeof data1 === "string"){
if(!pattern12.test(data1)){
validate38.errors = [{instancePath:instancePath+"/offset",schemaPath:"shop.fields.json#/definitions/offset/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,10}$"},message:"must match pattern \""+"^[0-9]{1,10}$"+"\"",schema:"^[0-9]{1,10}$",parentSchema:schema33,data:data1}];
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
}
}
else {
validate38.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema120.type,parentSchema:schema120,data}];
return false;
}
}
validate38.errors = vErrors;
return errors === 0;
}

export const validators = {
  "envelope.json": file0,
  "img.generate.json": file1,
  "img.validate.json": file2,
  "pic.upload.json": file3,
  "portrait.upload.json": file4,
  "product.creat.json": file5,
  "product.info.json": file6,
  "product.list.json": file7,
  "product.update.json": file8,
  "property.add.json": file9,
  "property.delete.json": file10,
  "property.fields.json": file11,
  "property.query.json": file12,
  "property.update.json": file13,
  "purchase.apply.json": file14,
  "purchase.cancel.json": file15,
  "purchase.info.json": file16,
  "purchase.list.json": file17,
  "purchase.pay.json": file18,
  "shop.creat.json": file19,
  "shop.fields.json": file20,
  "shop.info.json": file21,
  "shop.list.json": file22,
  "shop.update.json": file23,
  "sms.generate.json": file24,
  "sms.validate.json": file25,
  "wallet.info.json": file26,
};
export const schemaFilesDigest = "309bf4e43b8ab3d0512dd33ab7f1476ee4c7543fcc9868ae7c15558a8ad93ba8";
