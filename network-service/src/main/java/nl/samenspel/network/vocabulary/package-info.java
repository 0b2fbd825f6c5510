/** The code lists of the social map (life domains, target groups, kinds); their names are the codes on the wire. */
package nl.samenspel.network.vocabulary;
