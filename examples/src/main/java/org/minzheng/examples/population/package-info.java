/**
 * A synthetic population (合成人口) for trying out screening and simulations: seeded, streaming,
 * every household labelled synthetic. Not data about real people.
 */
package org.minzheng.examples.population;
