/** What every page shares: layout data, language, the forms' vocabulary and how API refusals are shown. */
package nl.samenspel.console.web;
