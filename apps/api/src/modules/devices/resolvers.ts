// Wall devices: the admins' list and writes, and a device's view of itself; one file per field.
import type { Resolvers } from '../../generated/resolvers';
import { createWallDevice } from './resolvers/Mutation/createWallDevice';
import { revokeWallDevice } from './resolvers/Mutation/revokeWallDevice';
import { setWallDevicePlaylist } from './resolvers/Mutation/setWallDevicePlaylist';
import { wallDevice } from './resolvers/Query/wallDevice';
import { wallDevices } from './resolvers/Query/wallDevices';
import { wallDeviceResolvers } from './resolvers/WallDevice';

export const devicesResolvers: Resolvers = {
  Query: { wallDevices, wallDevice },
  Mutation: { createWallDevice, setWallDevicePlaylist, revokeWallDevice },
  WallDevice: wallDeviceResolvers,
};
