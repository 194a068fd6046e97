# Sourced by the demo, the integration test and the benchmarks: a private
# redis-server on a free loopback port, in a directory of the caller's,
# stopped by pid by the caller (its pid is in $redis_pid).
#   free_port                      prints a free TCP port on 127.0.0.1
#   start_private_redis DIR PORT [redis-server options...]
free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null ||
    shuf -i 20000-60000 -n 1
}
start_private_redis() {
  local dir=$1 port=$2; shift 2
  redis-server --port "$port" --bind 127.0.0.1 --dir "$dir" --save "" --logfile "$dir/redis.log" "$@" &
  redis_pid=$!
  for _ in $(seq 200); do redis-cli -p "$port" PING >/dev/null 2>&1 && return 0; sleep 0.05; done
  echo "redis-server did not start (see $dir/redis.log)" >&2
  return 1
}
