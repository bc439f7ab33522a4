// Run by the mongo-init service (docker-compose.yml, profile `cluster`) as
// `mongosh --nodb --file init-replica-set.js`, after the three members answer a ping.
//
// Makes the replica set once and waits for its primary; exits 0 then, 1 after three minutes without one.
// Safe to run any number of times: it initiates only when all three members answer and none of them
// belongs to a set yet. A member whose volume was lost is not initiated anew: the set's primary finds it
// at its old address and it copies the data again by itself (an initial sync).

const setName = 'rs0';
const hosts = ['mongo1:27017', 'mongo2:27017', 'mongo3:27017'];
const user = process.env.MONGO_INITDB_ROOT_USERNAME;
const password = process.env.MONGO_INITDB_ROOT_PASSWORD;
const deadline = Date.now() + 3 * 60 * 1000;

// Runs one command on one member over a connection of its own; returns the member's answer, or
// { ok: 0, errmsg, codeName } when it cannot be reached or refuses the command. (The connection is made
// inside the try: mongosh lets an error of `new Mongo` made in a called function escape the caller's.)
function command(host, body) {
	try {
		const connection = new Mongo('mongodb://' + encodeURIComponent(user) + ':' + encodeURIComponent(password)
			+ '@' + host + '/admin?authSource=admin&directConnection=true'
			+ '&serverSelectionTimeoutMS=5000&connectTimeoutMS=5000');
		try {
			return connection.getDB('admin').runCommand(body);
		}
		finally {
			connection.close();
		}
	}
	catch (e) {
		return { ok: 0, errmsg: e.message, codeName: e.codeName };
	}
}

// A member's `hello`, or null when it does not answer (yet).
function hello(host) {
	const answer = command(host, { hello: 1 });
	if (!answer.ok) {
		print(host + ' does not answer yet: ' + answer.errmsg);
		return null;
	}
	return answer;
}

function initiated() {
	while (Date.now() < deadline) {
		const answers = [];
		for (const host of hosts) {
			answers.push(hello(host));
		}
		const names = answers.filter((a) => a !== null && a.setName).map((a) => a.setName);
		const other = names.find((name) => name !== setName);
		if (other) {
			print('A member belongs to the replica set ' + other + ', not ' + setName + '; nothing done');
			quit(1);
		}
		if (names.length > 0) {
			print('The replica set ' + setName + ' exists (' + names.length + ' of 3 members in it now)');
			return true;
		}
		if (answers.every((a) => a !== null)) {
			const config = { _id: setName, members: hosts.map((host, i) => ({ _id: i, host: host })) };
			const result = command(hosts[0], { replSetInitiate: config });
			if (result.ok) {
				print('Initiated the replica set ' + setName + ' with ' + hosts.join(', '));
				return true;
			}
			// AlreadyInitialized: another run got there first
			if (result.codeName === 'AlreadyInitialized') {
				return true;
			}
			print('replSetInitiate failed, trying again: ' + result.errmsg);
		}
		sleep(2000);
	}
	return false;
}

function primary() {
	while (Date.now() < deadline) {
		for (const host of hosts) {
			const answer = hello(host);
			if (answer !== null && answer.setName === setName && answer.primary) {
				return answer.primary;
			}
		}
		sleep(1000);
	}
	return null;
}

if (!initiated()) {
	print('No replica set after three minutes: are all three members up (docker compose logs mongo1)?');
	quit(1);
}
const found = primary();
if (found === null) {
	print('The replica set ' + setName + ' has no primary after three minutes: fewer than two members up?');
	quit(1);
}
print('The replica set ' + setName + ' has a primary: ' + found);
quit(0);
