// Internal models behind the devices module's GraphQL types (used by codegen).
import type { WallDevice } from '@ekinerja/db';

export type WallDeviceMapper = WallDevice;
export interface CreateWallDevicePayloadMapper {
  device: WallDevice;
  token: string;
}
