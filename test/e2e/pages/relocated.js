// The feed host's port is only known at run time; the test passes it in the query.
const feedHost = new URL(location.href).searchParams.get('feed');
document.getElementById('remote').setAttribute('src', `${feedHost}/demo/data/feed.json`);
